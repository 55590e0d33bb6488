/**
 * An ExcelJS cell style read from a template → the description's CellStyle. What CellStyle cannot
 * hold (side borders, patterned fills, vertical alignment…) is noted as lost, never dropped
 * silently. Defaults are left out (black text, no fill, size 11, General alignment), so a plain
 * cell stays unstyled.
 */
import type ExcelJS from "exceljs";
import type { BorderWeight, CellStyle } from "../workbook/description";
import { LOST, type LossCollector } from "../core/report/template";
import { resolveColor, type FileColor } from "./readTemplateTheme";

const DEFAULT_SIZE = 11;
const DEFAULT_TEXT = "#000000";
/** Typefaces a workbook's default font may have: a cell in one of them has no typeface of its own. */
const DEFAULT_TYPEFACES = new Set(["calibri", "aptos", "aptos narrow"]);
const THIN = new Set(["thin", "hair"]);
const MEDIUM = new Set(["medium"]);

type Note = (feature: string) => void;

function fontPart(font: Partial<ExcelJS.Font> | undefined, palette: readonly string[], note: Note): CellStyle {
  if (!font) return {};
  const style: CellStyle = {};
  if (font.bold) style.bold = true;
  if (font.italic) style.italic = true;
  if (typeof font.size === "number" && font.size !== DEFAULT_SIZE) style.fontSize = font.size;
  const color = resolveColor(font.color as FileColor | undefined, palette);
  if (color && color !== DEFAULT_TEXT) style.fontColor = color;
  if (font.color && !color) note(LOST.colors);
  if (font.underline || font.strike || (font.name && !DEFAULT_TYPEFACES.has(font.name.toLowerCase()))) note(LOST.fontEffects);
  return style;
}

function fillPart(fill: ExcelJS.Fill | undefined, palette: readonly string[], note: Note): CellStyle {
  if (!fill || (fill.type === "pattern" && fill.pattern === "none")) return {};
  if (fill.type !== "pattern" || fill.pattern !== "solid") {
    note(LOST.fillPatterns);
    return {};
  }
  const color = resolveColor(fill.fgColor as FileColor | undefined, palette);
  if (!color) note(LOST.colors);
  return color ? { fill: color } : {};
}

function alignmentPart(alignment: Partial<ExcelJS.Alignment> | undefined, note: Note): CellStyle {
  if (!alignment) return {};
  const style: CellStyle = {};
  // Files may say "general" explicitly, which ExcelJS does not type.
  const horizontal: string | undefined = alignment.horizontal;
  if (horizontal === "left" || horizontal === "center" || horizontal === "right") style.horizontalAlignment = horizontal === "left" ? "Left" : horizontal === "center" ? "Center" : "Right";
  else if (horizontal !== undefined && horizontal !== "general") note(LOST.alignment);
  if (alignment.vertical !== undefined && alignment.vertical !== "bottom") note(LOST.alignment);
  if (alignment.wrapText) style.wrapText = true;
  if (typeof alignment.indent === "number" && alignment.indent > 0) style.indentLevel = alignment.indent;
  return style;
}

function weightOf(border: Partial<ExcelJS.Border> | undefined, note: Note): BorderWeight | undefined {
  const line = border?.style;
  if (!line) return undefined;
  if (THIN.has(line)) return "Thin";
  if (MEDIUM.has(line)) return "Medium";
  note(LOST.borderStyles);
  return line.startsWith("medium") || line === "thick" || line === "double" ? "Medium" : "Thin";
}

function borderPart(borders: Partial<ExcelJS.Borders> | undefined, note: Note): CellStyle {
  if (!borders) return {};
  const style: CellStyle = {};
  const top = weightOf(borders.top, note);
  const bottom = weightOf(borders.bottom, note);
  if (top) style.borderTop = top;
  if (bottom) style.borderBottom = bottom;
  if (borders.left?.style || borders.right?.style || borders.diagonal?.style) note(LOST.sideBorders);
  return style;
}

/**
 * The CellStyle of an ExcelJS style, or undefined when it sets nothing a report keeps.
 *
 * @example templateCellStyle({ font: { bold: true, color: { argb: "FF1F3864" } } }, palette, lost, "A1") // { bold: true, fontColor: "#1F3864" }
 */
export function templateCellStyle(style: Partial<ExcelJS.Style>, palette: readonly string[], lost: LossCollector, address: string): CellStyle | undefined {
  const note: Note = (feature) => lost.note(feature, address);
  const merged: CellStyle = {
    ...fontPart(style.font, palette, note),
    ...fillPart(style.fill, palette, note),
    ...alignmentPart(style.alignment, note),
    ...borderPart(style.border, note),
  };
  return Object.keys(merged).length > 0 ? merged : undefined;
}
