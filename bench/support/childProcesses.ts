/*
 * Timing a command as a user runs it: wall time of the child process and, on Linux, the CPU time it
 * used (the parent's /proc/self/stat counts the CPU of children it has waited for). On a shared
 * machine the CPU time says what the command costs; the wall time also says how busy the machine was.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { performance } from "perf_hooks";

/** Clock ticks per second of /proc's counters: 100 on every Linux this runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds of waited-for children so far, or null where /proc is not there. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces) start at field 3; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export interface CommandRun {
  ms: number;
  /** null where the platform does not say. */
  cpuMs: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node args…` to completion. */
export function runNode(args: readonly string[], cwd: string): CommandRun {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, status: result.status, stdout: result.stdout, stderr: result.stderr };
}
