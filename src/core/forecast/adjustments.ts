import { z } from "zod";
import type { Issue } from "../model/result";
import type { ForecastRow } from "./forecastReport";
import type { RollupLevel } from "./rollup";

/** The forecast figures a manager may override. */
export const ADJUSTABLE_FIGURES = ["commit", "bestCase", "pipeline"] as const;
export type AdjustableFigure = (typeof ADJUSTABLE_FIGURES)[number];

export const forecastAdjustmentSchema = z.object({
  level: z.enum(["rep", "manager", "region"]),
  /** The row's key: a rep id, a manager id or a region. */
  owner: z.string().min(1),
  period: z.string().regex(/^FY\d{4}(-(Q[1-4]|M([1-9]|1[0-2])))?$/, "a fiscal label such as FY2027-Q4"),
  figure: z.enum(ADJUSTABLE_FIGURES),
  /** The adjusted figure in the corporate currency; null clears the override (back to the rollup). */
  amount: z.number().finite().nullable(),
  note: z.string(),
  author: z.string().min(1),
  /** When it was made, ISO 8601 with time (the surface supplies it: the engine has no clock). */
  at: z.string().min(10),
});
export type ForecastAdjustment = z.infer<typeof forecastAdjustmentSchema>;

export interface AdjustedForecastRow extends ForecastRow {
  /** The figures after the manager's overrides; equal to the raw ones where none applies. */
  adjusted: Record<AdjustableFigure, number>;
  /** The override in force for each adjusted figure, for the note and the author. */
  overrides: Partial<Record<AdjustableFigure, ForecastAdjustment>>;
}

const keyOf = (a: Pick<ForecastAdjustment, "level" | "owner" | "period" | "figure">): string => `${a.level}\u0000${a.owner}\u0000${a.period}\u0000${a.figure}`;

/**
 * The override in force per (level, owner, period, figure): the latest entry of the audit log, unless
 * that entry cleared it. The log itself is never edited, so every change stays traceable.
 * @example effectiveAdjustments([{ level: "rep", owner: "R1", period: "FY2027-Q4", figure: "commit", amount: 5, note: "", author: "M1", at: "2026-11-27T10:00:00Z" }]).size // 1
 */
export function effectiveAdjustments(log: readonly ForecastAdjustment[]): Map<string, ForecastAdjustment> {
  const latest = new Map<string, ForecastAdjustment>();
  for (const entry of log) {
    const key = keyOf(entry);
    const current = latest.get(key);
    if (!current || entry.at >= current.at) latest.set(key, entry);
  }
  for (const [key, entry] of latest) if (entry.amount === null) latest.delete(key);
  return latest;
}

/**
 * Puts the overrides in force next to the raw rollup of each row. Overrides for owners the rows no
 * longer have (after a data refresh moved a rep, say) are kept in the log and reported, never dropped.
 * @example applyAdjustments(rows, log, "rep", "FY2027-Q4").rows[0].adjusted.commit
 */
export function applyAdjustments(rows: readonly ForecastRow[], log: readonly ForecastAdjustment[], level: RollupLevel, period: string): { rows: AdjustedForecastRow[]; issues: Issue[] } {
  const inForce = effectiveAdjustments(log);
  const used = new Set<string>();
  const adjustedRows = rows.map((row): AdjustedForecastRow => {
    const adjusted: Record<AdjustableFigure, number> = { commit: row.commit, bestCase: row.bestCase, pipeline: row.pipeline };
    const overrides: Partial<Record<AdjustableFigure, ForecastAdjustment>> = {};
    for (const figure of ADJUSTABLE_FIGURES) {
      const key = keyOf({ level, owner: row.owner, period, figure });
      const entry = inForce.get(key);
      if (!entry || entry.amount === null) continue;
      adjusted[figure] = entry.amount;
      overrides[figure] = entry;
      used.add(key);
    }
    return { ...row, adjusted, overrides };
  });
  const issues: Issue[] = [];
  for (const [key, entry] of inForce) {
    if (entry.level !== level || entry.period !== period || used.has(key)) continue;
    issues.push({ code: "orphan_adjustment", path: ["adjustments", entry.owner, entry.figure], message: `${entry.author}'s ${entry.figure} adjustment for ${entry.owner} in ${period} matches no row in the current data; it is kept in the log. Check whether the owner moved.` });
  }
  return { rows: adjustedRows, issues };
}
