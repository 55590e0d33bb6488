import { Command } from "commander";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { registerDemoDataCommand } from "../../../src/cli/commands/demoData";
import { CliIo } from "../../../src/cli/io";
import { main } from "../../../src/cli/main";
import { parseCsv } from "../../../src/core/import/csv";

interface Captured extends CliIo {
  out: string[];
  err: string[];
}

function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

const CANONICAL_FILES = ["accounts.csv", "fx_rates.csv", "opportunities.csv", "quotas.csv", "reps.csv", "settings.json", "snapshots.csv", "territories.csv"];

describe("salesops demo-data", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "salesops-demo-"));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it("writes byte-identical canonical files for the same seed and as-of date", async () => {
    const runs = ["a", "b"].map((name) => path.join(root, name));
    for (const dir of runs) {
      const io = capture();
      expect(await main(["demo-data", "--out", dir, "--seed", "7", "--as-of", "2026-11-27"], io)).toBe(0);
      expect(io.err).toEqual([]);
      expect(io.out.join("")).toMatch(/opportunities\.csv\s+\d+ rows/);
    }
    expect(readdirSync(runs[0]).sort()).toEqual(CANONICAL_FILES);
    expect(readdirSync(runs[1]).sort()).toEqual(CANONICAL_FILES);
    for (const file of CANONICAL_FILES) {
      expect(readFileSync(path.join(runs[1], file)).equals(readFileSync(path.join(runs[0], file)))).toBe(true);
    }
  });

  it("writes the volumes the foundation issue asks for, with the canonical headers", () => {
    const dir = path.join(root, "a");
    const rows = (file: string): string[][] => parseCsv(readFileSync(path.join(dir, file), "utf8"));
    const opportunities = rows("opportunities.csv");
    expect(opportunities[0]).toEqual(["id", "name", "account_id", "owner_id", "stage", "forecast_category", "amount", "currency", "probability", "created_date", "close_date", "type", "product", "term_months", "last_stage"]);
    expect(opportunities.length - 1).toBeGreaterThan(10_200);
    expect(opportunities.length - 1).toBeLessThan(13_800);
    const accounts = rows("accounts.csv");
    expect(accounts.length - 1).toBeGreaterThan(510);
    expect(accounts.length - 1).toBeLessThan(690);
    const reps = rows("reps.csv");
    expect(reps.filter((r) => r[3] === "Sales Manager")).toHaveLength(8);
    const snapshots = rows("snapshots.csv");
    expect(snapshots[0][0]).toBe("snapshot_date");
    expect(new Set(snapshots.slice(1).map((r) => r[0])).size).toBe(13);
    expect(JSON.parse(readFileSync(path.join(dir, "settings.json"), "utf8"))).toMatchObject({ fiscalYearStartMonth: 2, corporateCurrency: "USD" });
  });

  it("gives different files for a different seed", async () => {
    const dir = path.join(root, "seed8");
    expect(await main(["demo-data", "--out", dir, "--seed", "8", "--as-of", "2026-11-27"], capture())).toBe(0);
    expect(readFileSync(path.join(dir, "opportunities.csv"), "utf8")).not.toBe(readFileSync(path.join(root, "a", "opportunities.csv"), "utf8"));
  });

  it("defaults to seed 1 and today's date, taken from the clock at the edge", async () => {
    const io = capture();
    const program = new Command("salesops").exitOverride();
    registerDemoDataCommand(program, io, () => new Date(2026, 0, 15));
    await program.parseAsync(["demo-data", "--out", path.join(root, "default")], { from: "user" });
    expect(io.out.join("")).toContain("seed 1, as of 2026-01-15");
    const snapshots = parseCsv(readFileSync(path.join(root, "default", "snapshots.csv"), "utf8"));
    expect(snapshots[snapshots.length - 1][0]).toBe("2026-01-15");
  });

  it.each([
    [["--seed", "seven"], /--seed must be a whole number/],
    [["--seed", "1.5"], /--seed must be a whole number/],
    [["--as-of", "2026-02-30"], /--as-of must be a date in the form YYYY-MM-DD/],
    [["--as-of", "27/11/2026"], /--as-of must be a date/],
  ])("rejects %p with a clear message and exit code 2", async (args, message) => {
    const io = capture();
    expect(await main(["demo-data", "--out", path.join(root, "bad"), ...args], io)).toBe(2);
    expect(io.err.join("")).toMatch(message);
    expect(() => readdirSync(path.join(root, "bad"))).toThrow();
  });

  it("needs --out, and reports a folder it cannot write", async () => {
    const io = capture();
    expect(await main(["demo-data"], io)).not.toBe(0);
    expect(io.err.join("")).toMatch(/--out/);
    const file = path.join(root, "a-file");
    writeFileSync(file, "not a folder");
    const blocked = capture();
    expect(await main(["demo-data", "--out", file, "--seed", "2", "--as-of", "2026-11-27"], blocked)).toBe(1);
    expect(blocked.err.join("")).toMatch(/Could not write the demo files/);
  });

  it("explains itself with --help", async () => {
    const io = capture();
    expect(await main(["demo-data", "--help"], io)).toBe(0);
    const help = io.out.join("");
    for (const option of ["--out <dir>", "--seed <n>", "--as-of <date>"]) expect(help).toContain(option);
  });
});
