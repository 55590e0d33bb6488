/**
 * Issue 3, item 5: our ETS against Excel's FORECAST.ETS as LibreOffice computes it
 * (FORECAST.ETS.ADD, its open implementation of the same AAA method) and against seasonal naive,
 * on public series held out at the end. Prints the per-series table and writes it to
 * docs/forecast-accuracy.md.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { etsForecast } from "../../src/core/forecast/timeseries/etsForecast";
import { mase, seasonalNaiveForecast } from "../../src/core/forecast/timeseries/metrics";
import { describeWithOracle } from "../oracles/availability";
import { recalculateWithLibreOffice } from "../oracles/libreoffice";

const SERIES_DIR = path.resolve(__dirname, "../../../shared/data/series");
const DOC = path.resolve(__dirname, "../../docs/forecast-accuracy.md");

interface Series {
  name: string;
  values: number[];
  /** Nominal season length from the file name: seasonal naive and the MASE scale use it. */
  period: number;
  horizon: number;
}

/** Hold out a year of months, a year of quarters, or 10 points when there is no season. */
function kindOf(name: string): { period: number; horizon: number } {
  if (name.endsWith("_monthly")) return { period: 12, horizon: 12 };
  if (name.endsWith("_quarterly")) return { period: 4, horizon: 4 };
  if (name.endsWith("_nonseasonal")) return { period: 1, horizon: 10 };
  throw new Error(`${name}: name it *_monthly, *_quarterly or *_nonseasonal so the test knows what to hold out.`);
}

function loadSeries(): Series[] {
  return readdirSync(SERIES_DIR)
    .filter((file) => file.endsWith(".csv"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.csv$/, "");
      const [header, ...lines] = readFileSync(path.join(SERIES_DIR, file), "utf8").trim().split(/\r?\n/);
      expect(header.trim()).toBe("period,value");
      const values = lines.map((line) => Number(line.split(",")[1]));
      values.forEach((value) => expect(Number.isFinite(value)).toBe(true));
      return { name, values, ...kindOf(name) };
    });
}

/** Column letter for a 1-based column number (A..Z is enough here). */
const column = (index: number): string => String.fromCharCode(64 + index);

/**
 * One sheet per series: A = timeline 1..n, B = training values, C = FORECAST.ETS for each held-out
 * step (default seasonality detection), D = seasonal naive by formula (a cross-check of ours),
 * E1 = FORECAST.ETS.SEASONALITY (the period LibreOffice detected).
 */
async function buildWorkbook(series: Series[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, values, period, horizon } of series) {
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    const n = values.length - horizon;
    for (let t = 0; t < n; t++) {
      sheet.getCell(t + 1, 1).value = t + 1;
      sheet.getCell(t + 1, 2).value = values[t];
    }
    const known = `$${column(2)}$1:$${column(2)}$${n}`;
    const timeline = `$${column(1)}$1:$${column(1)}$${n}`;
    for (let step = 1; step <= horizon; step++) {
      sheet.getCell(step, 3).value = { formula: `_xlfn.FORECAST.ETS(${n + step},${known},${timeline})` };
      sheet.getCell(step, 4).value = { formula: `INDEX(${known},${n - period + 1}+MOD(${step - 1},${period}))` };
    }
    sheet.getCell(1, 5).value = { formula: `_xlfn.FORECAST.ETS.SEASONALITY(${known},${timeline})` };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The numeric result LibreOffice stored for a formula cell; fails loudly on an error or a blank. */
function resultOf(sheet: ExcelJS.Worksheet, row: number, col: number): number {
  const value = sheet.getCell(row, col).value;
  const result = value !== null && typeof value === "object" && "result" in value ? value.result : value;
  if (typeof result !== "number") throw new Error(`${sheet.name}!${column(col)}${row}: LibreOffice returned ${JSON.stringify(result)}, not a number.`);
  return result;
}

interface Row {
  series: string;
  n: number;
  horizon: number;
  ours: number;
  excel: number;
  seasonalNaive: number;
  model: string;
  excelSeason: number;
}

const fixed = (value: number): string => value.toFixed(3);

function markdownTable(rows: Row[]): string {
  const mean = (pick: (row: Row) => number): string => fixed(rows.reduce((sum, row) => sum + pick(row), 0) / rows.length);
  const lines = [
    "| series | n | horizon | MASE ours | MASE FORECAST.ETS | MASE seasonal naive | chosen model | FORECAST.ETS season |",
    "|---|---:|---:|---:|---:|---:|---|---:|",
    ...rows.map((row) => `| ${row.series} | ${row.n} | ${row.horizon} | ${fixed(row.ours)} | ${fixed(row.excel)} | ${fixed(row.seasonalNaive)} | ${row.model} | ${row.excelSeason} |`),
    `| **mean** | | | **${mean((row) => row.ours)}** | **${mean((row) => row.excel)}** | **${mean((row) => row.seasonalNaive)}** | | |`,
  ];
  return lines.join("\n");
}

function writeDoc(table: string): void {
  const text = `# Forecast accuracy

Generated by \`npx jest test/integration/forecastAccuracy.test.ts\` (it rewrites this file); do not edit by hand.

Each public series in \`../shared/data/series/\` is cut before its last 12 months, 4 quarters or
10 points (non-seasonal); every method is fitted on the rest and forecasts the held-out points.

- **ours**: \`etsForecast\` (src/core/forecast/timeseries): additive ETS with the season detected
  (autocorrelation of the differenced series, candidate periods compared by AICc), trend none,
  additive or damped, or a least-squares line, chosen by AICc on the one-step errors; smoothing
  parameters by Nelder–Mead on the one-step squared error.
- **FORECAST.ETS**: Excel's function as LibreOffice computes it (\`FORECAST.ETS.ADD\`), written as
  \`_xlfn.FORECAST.ETS(target, values, timeline)\` with default seasonality detection in an .xlsx and
  recalculated headless; "FORECAST.ETS season" is \`FORECAST.ETS.SEASONALITY\` on the same data.
- **seasonal naive**: each held-out point repeats the value one season earlier (the last value when
  non-seasonal).

MASE = mean absolute error ÷ in-sample mean absolute error of the seasonal naive method on the
training part, with the nominal season (12 monthly, 4 quarterly, 1 non-seasonal). Below 1 beats
the in-sample seasonal naive benchmark. Target (issue 3): the mean MASE of ours below both others.

${table}

Notes
- FORECAST.ETS's detection can find a season in a non-seasonal series (last column); ours keeps a
  season only when the seasonal model beats the non-seasonal ones on AICc.
- Where the seasonal swing grows with the level (multiplicative seasonality) FORECAST.ETS can be
  slightly ahead. A log-scale variant chosen by AICc was tried for such series (when this table was
  first made) and rejected: it won on AICc but forecast worse out of sample, so the method stays additive.
`;
  writeFileSync(DOC, text);
}

describeWithOracle("libreoffice", "forecast accuracy against LibreOffice's FORECAST.ETS", () => {
  it("has a lower mean MASE than FORECAST.ETS and than seasonal naive", async () => {
    const series = loadSeries();
    expect(series.length).toBeGreaterThanOrEqual(3);
    const recalculated = await recalculateWithLibreOffice(await buildWorkbook(series));
    const rows: Row[] = series.map(({ name, values, period, horizon }) => {
      const history = values.slice(0, values.length - horizon);
      const actual = values.slice(values.length - horizon);
      const sheet = recalculated.getWorksheet(name.slice(0, 31));
      if (!sheet) throw new Error(`sheet ${name} missing after recalculation`);
      const result = etsForecast(history, horizon);
      if (!result.ok) throw new Error(`${name}: ${result.issues[0].message}`);
      const excel = Array.from({ length: horizon }, (_, step) => resultOf(sheet, step + 1, 3));
      const naive = seasonalNaiveForecast(history, horizon, period);
      // LibreOffice's seasonal naive by formula must equal ours: a check that the sheet is read right.
      naive.forEach((value, step) => expect(resultOf(sheet, step + 1, 4)).toBe(value));
      const score = (forecast: number[]): number => mase(actual, forecast, history, period) as number;
      return { series: name, n: values.length, horizon, ours: score(result.value.forecast), excel: score(excel), seasonalNaive: score(naive), model: result.value.model.label, excelSeason: resultOf(sheet, 1, 5) };
    });
    const table = markdownTable(rows);
    process.stdout.write(`\nForecast accuracy (MASE, lower is better)\n${table}\n\n`);
    writeDoc(table);
    const mean = (pick: (row: Row) => number): number => rows.reduce((sum, row) => sum + pick(row), 0) / rows.length;
    rows.forEach((row) => [row.ours, row.excel, row.seasonalNaive].forEach((value) => expect(Number.isFinite(value)).toBe(true)));
    expect(mean((row) => row.ours)).toBeLessThan(mean((row) => row.excel));
    expect(mean((row) => row.ours)).toBeLessThan(mean((row) => row.seasonalNaive));
  }, 300_000);
});
