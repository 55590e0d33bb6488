/**
 * A described cell style → the ExcelJS style parts (font, fill, alignment, border). Each part is
 * only produced when the description sets something in it, so unstyled cells share the default.
 */
import type ExcelJS from "exceljs";
import type { BorderWeight, CellStyle } from "../workbook/description";
import { argbColor } from "./colors";

export type XlsxStyle = Partial<Pick<ExcelJS.Style, "font" | "fill" | "alignment" | "border">>;

/** ExcelJS's default font; a font part without a name would leave the typeface to each reader. */
const DEFAULT_FONT = { name: "Calibri", family: 2, size: 11 } as const;

function font(style: CellStyle, path: string): Partial<ExcelJS.Font> | undefined {
  if (style.bold === undefined && style.italic === undefined && style.fontSize === undefined && style.fontColor === undefined) return undefined;
  return {
    ...DEFAULT_FONT,
    ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.fontColor !== undefined ? { color: { argb: argbColor(style.fontColor, `${path} font colour`) } } : {}),
  };
}

function alignment(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  const indent = style.indentLevel ?? 0;
  if (style.horizontalAlignment === undefined && style.wrapText === undefined && indent === 0) return undefined;
  // Excel applies an indent only to left- or right-aligned cells; Office.js switches to left the same way.
  const horizontal = style.horizontalAlignment ?? (indent > 0 ? "Left" : undefined);
  return {
    ...(horizontal ? { horizontal: horizontal.toLowerCase() as "left" | "center" | "right" } : {}),
    ...(style.wrapText !== undefined ? { wrapText: style.wrapText } : {}),
    ...(indent > 0 ? { indent } : {}),
  };
}

const borderSide = (weight: BorderWeight): Partial<ExcelJS.Border> => ({ style: weight === "Medium" ? "medium" : "thin" });

function border(style: CellStyle): Partial<ExcelJS.Borders> | undefined {
  if (!style.borderTop && !style.borderBottom) return undefined;
  return {
    ...(style.borderTop ? { top: borderSide(style.borderTop) } : {}),
    ...(style.borderBottom ? { bottom: borderSide(style.borderBottom) } : {}),
  };
}

/**
 * @example xlsxStyle({ bold: true, fill: "#DDEBF7" }, "S!A1")
 * // { font: { name: "Calibri", family: 2, size: 11, bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } }
 */
export function xlsxStyle(style: CellStyle, path: string): XlsxStyle {
  const parts: XlsxStyle = {};
  const f = font(style, path);
  if (f) parts.font = f;
  if (style.fill !== undefined) parts.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbColor(style.fill, `${path} fill`) } };
  const a = alignment(style);
  if (a) parts.alignment = a;
  const b = border(style);
  if (b) parts.border = b;
  return parts;
}
