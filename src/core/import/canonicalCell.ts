import type { CellValue, ColumnKind } from "../model/canonicalFiles";
import { cellText, Coerced, coerced, isBlankCell, rejectCell } from "./cells";
import { coerceAmount } from "./coerceAmount";
import { coerceDate } from "./coerceDate";
import { coerceProbability } from "./coerceProbability";
import { readCurrency } from "./readCurrency";
import { readCategory } from "./stageResolver";

const FISCAL_LABEL = /^FY\d{4}(-(Q[1-4]|M([1-9]|1[0-2])))?$/;

/** The value of a blank cell by kind; undefined means the schema decides (and rejects it). */
export function blankValue(kind: ColumnKind): string | null | undefined {
  if (kind === "text") return "";
  if (kind === "optionalNumber" || kind === "optionalDate" || kind === "probability") return null;
  return undefined;
}

/**
 * Reads one cell of a canonical file by its column kind. Lenient in the same ways as the import
 * (Excel serial dates, "30%", "1,200") because canonical tables are often edited by hand in Excel.
 * @example readCanonicalCell("probability", "30%") // { ok: true, value: 0.3 }
 * @example readCanonicalCell("date", 46353) // { ok: true, value: "2026-11-27" }
 */
export function readCanonicalCell(kind: ColumnKind, cell: CellValue | undefined): Coerced<string | number | null | undefined> {
  if (isBlankCell(cell)) return coerced(blankValue(kind));
  switch (kind) {
    case "text":
      return coerced(cellText(cell));
    case "number":
    case "optionalNumber": {
      const parsed = coerceAmount(cell, ".");
      return parsed.ok ? coerced(parsed.value.amount) : parsed;
    }
    case "date":
    case "optionalDate":
      return coerceDate(cell);
    case "probability":
      return coerceProbability(cell);
    case "currency": {
      const code = readCurrency(cellText(cell));
      return code ? coerced(code) : rejectCell("invalid_currency", `"${cellText(cell)}" is not a currency: use an ISO code such as USD`);
    }
    case "category": {
      const category = readCategory(cellText(cell));
      return category ? coerced(category) : rejectCell("invalid_category", `"${cellText(cell)}" is not a forecast category: use Pipeline, Best Case, Commit, Closed or Omitted`);
    }
    case "fiscalLabel": {
      const label = cellText(cell).toUpperCase();
      return FISCAL_LABEL.test(label) ? coerced(label) : rejectCell("invalid_period", `"${cellText(cell)}" is not a fiscal label: write FY2027, FY2027-Q3 or FY2027-M10`);
    }
  }
}
