/** Where a CLI command writes, injected so tests capture output without touching the process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A failure the user caused (bad arguments, a file that does not parse): printed without a stack, exit code 1 unless given. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Set by a command's action; `main` returns it. */
export interface CommandOutcome {
  exitCode: number;
}
