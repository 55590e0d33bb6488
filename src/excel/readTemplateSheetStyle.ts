/**
 * One cell's `Excel.CellProperties` (from `range.getCellProperties`) → the description's CellStyle,
 * noting what CellStyle cannot hold as lost. Excel reports every property for every cell, defaults
 * included (black Calibri 11, pattern "None", "General", "Bottom"), so only departures from the
 * defaults become style.
 */
import type { BorderWeight, CellStyle } from "../workbook/description";
import { LOST, type LossCollector } from "../core/report/template";

/** What the reader asks Excel for, per cell: one request for the whole range's formatting. */
export const TEMPLATE_CELL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: {
    font: { bold: true, italic: true, color: true, size: true, name: true, underline: true, strikethrough: true },
    fill: { color: true, pattern: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    indentLevel: true,
    borders: { style: true, weight: true },
  },
};

const DEFAULT_SIZE = 11;
const DEFAULT_TEXT = "#000000";
const DEFAULT_TYPEFACES = new Set(["calibri", "aptos", "aptos narrow"]);

/** "#rrggbb" → "#RRGGBB"; anything else (a named colour) is not a description colour. */
const hexColor = (color: string | undefined): string | null => (color && /^#[0-9A-Fa-f]{6}$/.test(color) ? color.toUpperCase() : null);

type Note = (feature: string) => void;

function fontPart(font: Excel.CellPropertiesFont | undefined, note: Note): CellStyle {
  if (!font) return {};
  const style: CellStyle = {};
  if (font.bold) style.bold = true;
  if (font.italic) style.italic = true;
  if (typeof font.size === "number" && font.size !== DEFAULT_SIZE) style.fontSize = font.size;
  const color = hexColor(font.color);
  if (color && color !== DEFAULT_TEXT) style.fontColor = color;
  if ((font.underline && font.underline !== "None") || font.strikethrough || (font.name && !DEFAULT_TYPEFACES.has(font.name.toLowerCase()))) note(LOST.fontEffects);
  return style;
}

function fillPart(fill: Excel.CellPropertiesFill | undefined, note: Note): CellStyle {
  if (!fill || fill.pattern === "None") return {};
  const color = hexColor(fill.color);
  // Without a pattern (older Excel builds), a white fill cannot be told from none: both read #FFFFFF.
  if (fill.pattern === undefined) return color && color !== "#FFFFFF" ? { fill: color } : {};
  if (fill.pattern !== "Solid") {
    note(LOST.fillPatterns);
    return {};
  }
  return color ? { fill: color } : {};
}

function alignmentPart(format: Excel.CellPropertiesFormat, note: Note): CellStyle {
  const style: CellStyle = {};
  const horizontal = format.horizontalAlignment;
  if (horizontal === "Left" || horizontal === "Center" || horizontal === "Right") style.horizontalAlignment = horizontal;
  else if (horizontal !== undefined && horizontal !== "General") note(LOST.alignment);
  if (format.verticalAlignment !== undefined && format.verticalAlignment !== "Bottom") note(LOST.alignment);
  if (format.wrapText) style.wrapText = true;
  if (typeof format.indentLevel === "number" && format.indentLevel > 0) style.indentLevel = format.indentLevel;
  return style;
}

function weightOf(border: Excel.CellBorder | undefined, note: Note): BorderWeight | undefined {
  if (!border?.style || border.style === "None") return undefined;
  if (border.style !== "Continuous" || border.weight === "Thick") note(LOST.borderStyles);
  return border.weight === "Medium" || border.weight === "Thick" || border.style === "Double" ? "Medium" : "Thin";
}

function borderPart(borders: Excel.CellBorderCollection | undefined, note: Note): CellStyle {
  if (!borders) return {};
  const style: CellStyle = {};
  const top = weightOf(borders.top, note);
  const bottom = weightOf(borders.bottom, note);
  if (top) style.borderTop = top;
  if (bottom) style.borderBottom = bottom;
  const drawn = (border: Excel.CellBorder | undefined) => border?.style !== undefined && border.style !== "None";
  if (drawn(borders.left) || drawn(borders.right) || drawn(borders.diagonalDown) || drawn(borders.diagonalUp)) note(LOST.sideBorders);
  return style;
}

/**
 * @example cellPropertiesStyle({ format: { font: { bold: true, color: "#1f3864", size: 11 }, fill: { pattern: "None", color: "#FFFFFF" } } }, lost, "A1")
 * // { bold: true, fontColor: "#1F3864" }
 */
export function cellPropertiesStyle(properties: Excel.CellProperties | undefined, lost: LossCollector, address: string): CellStyle | undefined {
  const format = properties?.format;
  if (!format) return undefined;
  const note: Note = (feature) => lost.note(feature, address);
  const style: CellStyle = { ...fontPart(format.font, note), ...fillPart(format.fill, note), ...alignmentPart(format, note), ...borderPart(format.borders, note) };
  return Object.keys(style).length > 0 ? style : undefined;
}
