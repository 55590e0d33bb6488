import type { CellValue } from "../model/canonicalFiles";
import { Coerced, coerced, PLAIN_NUMBER, rejectCell } from "./cells";

const PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;
const HINT = "write it as 0.3, 30 or 30% (between 0 and 100%)";

/**
 * Reads a probability as a fraction 0–1 from 0.3, 30 or "30%": values above 1 are percents.
 * @example coerceProbability("30%") // { ok: true, value: 0.3 }
 * @example coerceProbability(30) // { ok: true, value: 0.3 }
 */
export function coerceProbability(cell: CellValue | undefined): Coerced<number> {
  let value: number;
  if (typeof cell === "number") value = cell;
  else if (typeof cell === "string") {
    const text = cell.trim();
    const percent = PERCENT.exec(text);
    if (percent) {
      // A percent sign says percent even below 1%: "0.5%" is 0.005.
      const fraction = Number(percent[1].replace(",", ".")) / 100;
      return fraction <= 1 ? coerced(fraction) : rejectCell("invalid_probability", `"${text}" is above 100%: ${HINT}`);
    }
    if (PLAIN_NUMBER.test(text) || /^\d+,\d+$/.test(text)) value = Number(text.replace(",", "."));
    else return rejectCell("invalid_probability", `"${text}" is not a probability: ${HINT}`);
  } else return rejectCell("invalid_probability", `not a probability: ${HINT}`);
  if (!Number.isFinite(value) || value < 0 || value > 100) return rejectCell("invalid_probability", `${value} is outside 0–100%: ${HINT}`);
  return coerced(value > 1 ? value / 100 : value);
}
