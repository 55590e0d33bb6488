import { main } from "../../../src/cli/main";

/** Runs the salesops CLI in process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (text) => (out += text), stderr: (text) => (err += text) });
  return { code, out, err };
}

/** The Excel error a custom function threw: its code (e.g. "#VALUE!") and message. Fails when none was thrown. */
export function excelErrorOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error("expected an Excel error");
}

/** The same as one text, "#VALUE! argument: …", or just the code when the error has no message. */
export function excelErrorText(run: () => unknown): string {
  const { code, message } = excelErrorOf(run);
  return `${code} ${message}`.trim();
}
