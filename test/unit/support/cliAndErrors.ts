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

/** A fake of Excel's streaming invocation: every result the function streams, and whether Excel cancelled it. */
export interface RecordedStream<T> {
  results: (T | { code: string; message: string })[];
  cancel(): void;
  invocation: { setResult(value: T | Error): void; onCanceled?: () => void };
}

export function recordStream<T>(): RecordedStream<T> {
  const stream: RecordedStream<T> = {
    results: [],
    cancel: () => stream.invocation.onCanceled?.(),
    invocation: {
      setResult(value) {
        stream.results.push(value instanceof Error ? { code: (value as Error & { code: string }).code, message: value.message } : value);
      },
    },
  };
  return stream;
}

/** The latest streamed result as a test reads it: a value, or "#CODE message" for an Excel error. */
export function latest<T>(stream: RecordedStream<T>): T | string {
  const last = stream.results[stream.results.length - 1];
  if (last && typeof last === "object" && "code" in last && "message" in last) return `${last.code} ${last.message}`.trim();
  return last as T;
}
