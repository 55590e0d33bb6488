/**
 * A planned template cell rendered for one copy of its row. A cell that is one placeholder becomes
 * the catalogue's cell — its value or live formula with the cached result — dressed in the
 * template cell's style, and in its number format when the designer set one (else the
 * catalogue's). Text mixed with placeholders stays text when every placeholder is a plain
 * constant; when one is a formula or a formatted number it becomes a live concatenation,
 * `="Bookings "&TEXT(…,"#,##0")`, so the text follows the data like the figures do.
 */
import type { CellDescription, CellEntry, ScalarValue } from "../../../workbook/description";
import type { TemplateCell } from "../../../workbook/templateSheet";
import type { CellPlan, Piece } from "./cellPlan";

export interface RenderContext {
  /** The block item the row is written for; null for the blank copy of an empty list; undefined outside blocks. */
  item?: ReadonlyMap<string, CellDescription> | null;
  /** The template formula as it reads where this copy is written. */
  mapFormula(formula: string): string;
}

/** Excel's limit on a formula's length. */
const MAX_FORMULA_LENGTH = 8192;

const hasFormat = (format: string | undefined): format is string => format !== undefined && format !== "" && format !== "General";

/** The template cell's number format and style, what every rendering keeps. */
function dress(template: TemplateCell, source?: CellDescription): Pick<CellDescription, "numberFormat" | "style"> {
  const numberFormat = hasFormat(template.numberFormat) ? template.numberFormat : source?.numberFormat;
  const style = template.style ?? source?.style;
  return { ...(numberFormat !== undefined ? { numberFormat } : {}), ...(style !== undefined ? { style } : {}) };
}

/** Only the formatting: a blank copy's cells, or a field the item does not have. */
function blank(template: TemplateCell): CellEntry {
  const dressed = dress(template);
  return dressed.numberFormat === undefined && dressed.style === undefined ? null : dressed;
}

function sourceOf(piece: Piece, item: RenderContext["item"]): CellDescription | undefined {
  if (piece.kind === "scalar") return piece.cell;
  if (piece.kind === "field") return item?.get(piece.field);
  return undefined;
}

/** A constant as text the way Excel shows it unformatted (TRUE/FALSE in capitals). */
function plainText(value: ScalarValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const body = (formula: string) => (formula.startsWith("=") ? formula.slice(1) : formula);

/** A piece that needs a formula to read right: a live figure, or a number with a format. */
function isLive(source: CellDescription | undefined): boolean {
  if (!source) return false;
  return source.formula !== undefined || (typeof source.value === "number" && hasFormat(source.numberFormat));
}

/** The piece in a concatenation: literal text (constants are written as text), or a live expression. */
function segment(piece: Piece, source: CellDescription | undefined): { text: string } | { expression: string } {
  if (piece.kind === "text") return { text: piece.text };
  if (!isLive(source)) return { text: plainText(source?.value) };
  const live = source as CellDescription;
  const inner = live.formula !== undefined ? body(live.formula) : String(live.value);
  return { expression: hasFormat(live.numberFormat) ? `TEXT(${inner},${quoted(live.numberFormat)})` : `(${inner})` };
}

/** `="Bookings "&TEXT(…)&" in FY2027-Q3"`: adjacent literal text joined into one string. */
function concatenation(segments: readonly ({ text: string } | { expression: string })[]): string {
  const parts: string[] = [];
  let text: string | null = null;
  for (const part of segments) {
    if ("text" in part) text = (text ?? "") + part.text;
    else {
      if (text !== null && text !== "") parts.push(quoted(text));
      text = null;
      parts.push(part.expression);
    }
  }
  if (text !== null && text !== "") parts.push(quoted(text));
  return `=${parts.join("&")}`;
}

function renderMixed(template: TemplateCell, pieces: readonly Piece[], item: RenderContext["item"]): CellEntry {
  const sources = pieces.map((piece) => sourceOf(piece, item));
  const text = pieces.map((piece, i) => (piece.kind === "text" ? piece.text : plainText(sources[i]?.formula !== undefined ? sources[i]?.result : sources[i]?.value))).join("");
  if (sources.some(isLive)) {
    const formula = concatenation(pieces.map((piece, i) => segment(piece, sources[i])));
    // A concatenation past Excel's limit could not be entered; the computed text is the fallback.
    if (formula.length <= MAX_FORMULA_LENGTH) return { formula, ...dress(template) };
  }
  return { value: text, ...dress(template) };
}

/**
 * @example renderCell({ kind: "single", cell: { value: "{{kpi.bookings}}", style: { bold: true } }, name: { kind: "scalar", cell: { formula: "=SUM(Deals[amount])", result: 42, numberFormat: "#,##0" } } }, { mapFormula: (f) => f })
 * // { formula: "=SUM(Deals[amount])", result: 42, numberFormat: "#,##0", style: { bold: true } }
 */
export function renderCell(plan: CellPlan, context: RenderContext): CellEntry {
  if (plan.kind === "empty") return null;
  if (context.item === null) return blank(plan.cell);
  switch (plan.kind) {
    case "copy":
      return { ...plan.cell };
    case "formula":
      return { ...plan.cell, formula: context.mapFormula(plan.cell.formula) };
    case "single": {
      const source = sourceOf(plan.name, context.item);
      if (!source) return blank(plan.cell);
      const content = source.formula !== undefined ? { formula: source.formula, ...(source.result !== undefined ? { result: source.result } : {}) } : { value: source.value ?? null };
      return { ...content, ...dress(plan.cell, source) };
    }
    case "mixed":
      return renderMixed(plan.cell, plan.pieces, context.item);
  }
}
