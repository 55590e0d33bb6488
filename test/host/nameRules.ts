/** Excel's naming rules for worksheets, tables and defined names, checked when a batch applies. */
import { invalidArgument, HostApiError } from "./errors";

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;

/** Worksheet names: 1–31 characters, none of []:*?/\, no leading/trailing apostrophe, not "History". */
export function checkSheetName(name: string, existing: readonly string[], location: string): void {
  const reason =
    name.trim() === ""
      ? "a sheet name can't be blank"
      : name.length > 31
        ? "a sheet name can't be longer than 31 characters"
        : SHEET_FORBIDDEN.test(name)
          ? "a sheet name can't contain any of [ ] : * ? / \\"
          : name.startsWith("'") || name.endsWith("'")
            ? "a sheet name can't begin or end with an apostrophe"
            : name.toLowerCase() === "history"
              ? "'History' is a name Excel reserves"
              : null;
  if (reason) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (${reason}: "${name}")`, location);
  if (existing.some((other) => other.toLowerCase() === name.toLowerCase())) {
    throw new HostApiError("ItemAlreadyExists", `A worksheet named "${name}" already exists (names ignore case).`, location);
  }
}

/** Names that look like cell references (A1, XFD1048576, R1C1, R, C) are refused by Excel. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
}

/**
 * Table and defined names: start with a letter, underscore or backslash; then letters, digits,
 * periods and underscores; at most 255 characters; not a cell reference; unique ignoring case
 * across the workbook's tables and names (they share one namespace in Excel).
 */
export function checkTableOrDefinedName(name: string, taken: readonly string[], location: string): void {
  const valid = name.length > 0 && name.length <= 255 && /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) && !looksLikeReference(name);
  if (!valid) throw invalidArgument(`The argument is invalid or missing or has an incorrect format. (name "${name}")`, location);
  if (taken.some((other) => other.toLowerCase() === name.toLowerCase())) {
    throw new HostApiError("ItemAlreadyExists", `The name "${name}" is already used by a table or defined name (names ignore case).`, location);
  }
}
