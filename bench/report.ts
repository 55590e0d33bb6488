import os from "os";

/** One benchmark figure, printed as one JSON line with the machine it was measured on. */
export function reportFigure(benchmark: string, metric: string, value: number, unit: string, extra: Record<string, unknown> = {}): void {
  const line = { benchmark, metric, value, unit, ...extra, cpus: os.cpus().length, node: process.version };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
