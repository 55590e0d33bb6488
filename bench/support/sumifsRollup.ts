/*
 * The per-rep rollup as a spreadsheet would do it: a Data sheet (owner, category, amount in the
 * corporate currency, close date as an Excel serial) and a Rollup block with one SUMIFS per rep and
 * category over every row, cumulated as Collaborative Forecasts does — evaluated by HyperFormula in
 * process (GPL-3.0, a dev dependency only, licence key 'gpl-v3').
 */
import { HyperFormula } from "hyperformula";
import { performance } from "perf_hooks";
import type { Opportunity } from "../../src/core/model/entities";
import { dayOf } from "./syntheticDeals";
import type { SyntheticOrg } from "./syntheticOrg";

export interface RepRollup {
  closed: number;
  commit: number;
  bestCase: number;
  pipeline: number;
}

export interface SumifsResult {
  loadMs: number;
  evaluateMs: number;
  formulas: number;
  byRep: Map<string, RepRollup>;
}

/** Excel's serial number of a date (1900 system; every date here is after February 1900). */
const serialOf = (iso: string): number => dayOf(iso) + 25569;
/** Months since February 2024, the index of the generator's monthly rates. */
const monthIndex = (iso: string): number => (Number(iso.slice(0, 4)) - 2024) * 12 + Number(iso.slice(5, 7)) - 2;

/**
 * Builds the sheets and evaluates the block for `reps` over the quarter [start, end]. Amounts are
 * converted with the generator's own monthly rates, not the engine's rate table, so the check is independent.
 */
export function sumifsRollup(opportunities: readonly Opportunity[], org: SyntheticOrg, reps: readonly string[], period: { start: string; end: string }): SumifsResult {
  const data: (string | number)[][] = [["owner", "category", "amount", "close"]];
  for (const o of opportunities) data.push([o.ownerId, o.forecastCategory, o.amount * org.rateOf(o.currency, monthIndex(o.closeDate)), serialOf(o.closeDate)]);
  const loadStart = performance.now();
  const hf = HyperFormula.buildFromSheets({ Data: data }, { licenseKey: "gpl-v3", maxRows: data.length + 1 });
  const loadMs = performance.now() - loadStart;

  const last = data.length;
  const column = (letter: string): string => `Data!$${letter}$2:$${letter}$${last}`;
  const sumifs = (row: number, category: string): string =>
    `SUMIFS(${column("C")},${column("A")},$A${row},${column("B")},"${category}",${column("D")},">=${serialOf(period.start)}",${column("D")},"<=${serialOf(period.end)}")`;
  // Columns B–E: each category on its own; F–I: closed, commit, best case and open pipeline, cumulated.
  const block = reps.map((rep, index) => {
    const row = index + 1;
    return [rep, `=${sumifs(row, "Closed")}`, `=${sumifs(row, "Commit")}`, `=${sumifs(row, "Best Case")}`, `=${sumifs(row, "Pipeline")}`, `=B${row}`, `=B${row}+C${row}`, `=B${row}+C${row}+D${row}`, `=C${row}+D${row}+E${row}`];
  });
  const evaluateStart = performance.now();
  hf.addSheet("Rollup");
  const sheet = hf.getSheetId("Rollup") as number;
  hf.setSheetContent(sheet, block);
  const evaluateMs = performance.now() - evaluateStart;

  const byRep = new Map<string, RepRollup>();
  const value = (row: number, col: number): number => {
    const cell = hf.getCellValue({ sheet, row, col });
    if (typeof cell !== "number") throw new Error(`Rollup!R${row + 1}C${col + 1} is ${JSON.stringify(cell)}, not a number`);
    return cell;
  };
  reps.forEach((rep, row) => byRep.set(rep, { closed: value(row, 5), commit: value(row, 6), bestCase: value(row, 7), pipeline: value(row, 8) }));
  hf.destroy();
  return { loadMs, evaluateMs, formulas: reps.length * 4, byRep };
}
