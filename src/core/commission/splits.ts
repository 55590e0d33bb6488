/**
 * Checks the explicit credit splits: per deal, the "split" shares must add up to 100% (overlays
 * are extra and need not). A deal whose splits do not add up is reported and credited to nobody,
 * rather than to a guessed owner.
 */
import type { Issue } from "../model/result";
import { IdTable } from "./idTable";
import type { CreditSplit } from "./types";

/**
 * The split rows grouped by deal, without an object or array per deal (a quarter of a million
 * split deals would otherwise be a million short-lived objects): a deal's group number leads to
 * its rows, in input order, through `starts` and `rows`.
 */
export interface SplitIndex {
  /** Deal id → group number (a deal's number in order of first appearance). */
  groups: IdTable;
  /** Per group: 1 when the deal's splits are valid, 0 when it is rejected (credited to nobody). */
  valid: Uint8Array;
  /** Rows of group g are `rows[starts[g]]` … `rows[starts[g + 1] − 1]`, indexes into `list`. */
  starts: Int32Array;
  rows: Int32Array;
  list: readonly CreditSplit[];
  issues: Issue[];
}

/** Splits of a deal may be off by this much from 100% (float sums of shares such as 1/3). */
const TOLERANCE = 1e-9;

/** Whether a row is an overlay (credit on top) rather than a share of the deal. */
export const isOverlay = (split: CreditSplit): boolean => split.kind === "overlay";

/**
 * Groups the split list by deal and reports deals whose split shares do not add up to 1, and
 * shares outside (0, 1]. Deals with problems are marked not `valid`.
 * @example indexSplits([{ opportunityId: "O1", repId: "A", share: 0.6 }, { opportunityId: "O1", repId: "B", share: 0.4 }]).issues // []
 */
export function indexSplits(list: readonly CreditSplit[]): SplitIndex {
  // Most split deals have two or more rows.
  const table = new IdTable(list.length / 2);
  const issues: Issue[] = [];
  const groupOfRow = new Int32Array(list.length);
  const invalid: number[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const split = list[index];
    const group = table.add(split.opportunityId);
    groupOfRow[index] = group;
    const overlay = isOverlay(split);
    if (!Number.isFinite(split.share) || split.share <= 0 || (!overlay && split.share > 1)) {
      issues.push({ code: "invalid_split", path: ["splits", index, "share"], message: `The ${overlay ? "overlay" : "split"} of ${split.opportunityId} to ${split.repId} has share ${split.share}: give a fraction ${overlay ? "above 0" : "above 0 and at most 1"}.` });
      invalid.push(group);
    }
  }
  // A stable counting sort of the rows by group keeps each deal's rows in input order.
  const groups = table.size;
  const valid = new Uint8Array(groups).fill(1);
  for (const group of invalid) valid[group] = 0;
  const starts = new Int32Array(groups + 1);
  for (let index = 0; index < list.length; index += 1) starts[groupOfRow[index] + 1] += 1;
  for (let group = 1; group <= groups; group += 1) starts[group] += starts[group - 1];
  const rows = new Int32Array(list.length);
  const next = starts.slice(0, groups);
  for (let index = 0; index < list.length; index += 1) rows[next[groupOfRow[index]]++] = index;

  for (let group = 0; group < groups; group += 1) if (!checkGroup(list, rows, starts[group], starts[group + 1], issues)) valid[group] = 0;
  return { groups: table, valid, starts, rows, list, issues };
}

/** The sum and duplicate checks of one deal's split rows, rows[start … end − 1] (overlays aside): false when they fail. */
function checkGroup(list: readonly CreditSplit[], rows: Int32Array, start: number, end: number, issues: Issue[]): boolean {
  let total = 0;
  let parts = 0;
  for (let k = start; k < end; k += 1) {
    const part = list[rows[k]];
    if (isOverlay(part)) continue;
    total += part.share;
    parts += 1;
  }
  if (parts === 0) return true;
  let ok = true;
  const opportunityId = list[rows[start]].opportunityId;
  if (Math.abs(total - 1) > TOLERANCE) {
    issues.push({
      code: "split_total",
      path: ["splits", opportunityId],
      message: `The splits of ${opportunityId} add up to ${(total * 100).toFixed(2)}%, not 100%: the deal is credited to nobody until they do.`,
    });
    ok = false;
  }
  // A deal has a handful of splits: comparing pairs is cheaper than a set per deal.
  for (let k = start; k < end; k += 1) {
    const part = list[rows[k]];
    if (isOverlay(part)) continue;
    for (let j = start; j < k; j += 1) {
      const earlier = list[rows[j]];
      if (isOverlay(earlier) || earlier.repId !== part.repId) continue;
      issues.push({ code: "split_duplicate", path: ["splits", opportunityId], message: `${part.repId} appears twice in the splits of ${opportunityId}: give one row per rep.` });
      ok = false;
      break;
    }
  }
  return ok;
}
