/*
 * Bodies of the territory custom functions: ranges and blanks handled here, the arithmetic in
 * src/core/territory, failures as FunctionFailure for the runner to turn into Excel errors.
 */
import { allocate } from "../core/territory/allocate";
import { BALANCE_INDEXES, balanceIndex } from "../core/territory/balanceIndex";
import { rampFactor } from "../core/territory/ramp";
import type { Issue } from "../core/model/result";
import { dateArgument, optionalChoiceArgument, ScalarArgument } from "./arguments";
import { RangeArgument, flattenRange, isBlankCell, numberArgument, numberCell } from "./ranges";
import { argumentFailure, FunctionFailure } from "./runner";

/** An index that is undefined for the data (a zero mean, a zero minimum) is a division by zero, as in Excel. */
const UNDEFINED_INDEX_CODES = new Set(["zero_mean", "zero_minimum"]);

function failOn(argument: string, issues: readonly Issue[]): never {
  if (UNDEFINED_INDEX_CODES.has(issues[0].code)) throw new FunctionFailure("divisionByZero", issues[0].message);
  throw argumentFailure(argument, issues[0].message);
}

export function balanceCells(values: RangeArgument, index: unknown): number {
  const range = flattenRange(values, "values");
  // Blank cells are skipped, as AVERAGE and STDEV.P skip them.
  const numbers = range.cells.flatMap((cell, position) => (isBlankCell(cell) ? [] : [numberCell(cell, "values", position)]));
  const chosen = optionalChoiceArgument(index as ScalarArgument, "index", BALANCE_INDEXES, "cv");
  const result = balanceIndex(numbers, chosen);
  if (!result.ok) failOn("values", result.issues);
  return result.value;
}

export function allocateCells(total: unknown, weights: RangeArgument, roundTo: unknown): number[][] {
  const amount = numberArgument(total, "total");
  const range = flattenRange(weights, "weights");
  const numbers = range.cells.map((cell, position) => (isBlankCell(cell) ? 0 : numberCell(cell, "weights", position)));
  const unit = isBlankCell(roundTo) ? undefined : numberArgument(roundTo, "round_to");
  const result = allocate(amount, numbers, unit);
  if (!result.ok) failOn(String(result.issues[0].path[0] ?? "weights").replace("roundTo", "round_to"), result.issues);
  // Spill in the shape of the weights, so a column of weights gets a column of allocations beside it.
  return Array.from({ length: range.rows }, (_, row) => result.value.slice(row * range.columns, (row + 1) * range.columns));
}

export function rampCells(startDate: unknown, asOfDate: unknown, rampMonths: unknown): number {
  const start = dateArgument(startDate as ScalarArgument, "start_date");
  const asOf = dateArgument(asOfDate as ScalarArgument, "as_of_date");
  const result = rampFactor(start, asOf, numberArgument(rampMonths, "ramp_months"));
  if (!result.ok) failOn("ramp_months", result.issues);
  return result.value;
}
