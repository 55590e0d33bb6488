/**
 * Cell-value conditional formats → ExcelJS `cellIs` rules with a differential format (fill and
 * font colour). Rule formulas are stored like cell formulas: no "=", future functions prefixed.
 */
import type ExcelJS from "exceljs";
import type { ConditionalFormatDescription, ConditionalOperator } from "../workbook/description";
import { argbColor } from "./colors";
import { XlsxDescriptionError } from "./errors";
import { fileFormula } from "./formulas/fileFormula";

/** The file's operator names; ExcelJS types only four of them but writes any it is given. */
const OPERATORS: Record<ConditionalOperator, string> = {
  Between: "between",
  GreaterThan: "greaterThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThan: "lessThan",
  LessThanOrEqual: "lessThanOrEqual",
  EqualTo: "equal",
};

function differentialStyle(format: ConditionalFormatDescription, path: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.fill) {
    const argb = argbColor(format.fill, `${path} fill`);
    // In a differential format Excel reads a solid fill's colour from bgColor and others from
    // fgColor; giving both the same colour renders the same everywhere.
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
  }
  if (format.fontColor) style.font = { color: { argb: argbColor(format.fontColor, `${path} font colour`) } };
  return style;
}

/**
 * Adds the sheet's conditional formats; priorities follow the description's order (first wins).
 *
 * @example addConditionalFormats(worksheet, "Summary", [{ range: "D5:D20", operator: "LessThan", formula1: "0.7", fill: "#F8CBAD" }])
 */
export function addConditionalFormats(worksheet: ExcelJS.Worksheet, sheetName: string, formats: readonly ConditionalFormatDescription[]): void {
  formats.forEach((format, index) => {
    const path = `${sheetName}!${format.range} conditional format ${index + 1}`;
    if (format.operator === "Between" && format.formula2 === undefined) throw new XlsxDescriptionError(path, "a Between rule needs formula2.");
    const formulae = [format.formula1, ...(format.operator === "Between" ? [format.formula2 as string] : [])].map((f) => fileFormula(f, { path }));
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [{ type: "cellIs", operator: OPERATORS[format.operator] as ExcelJS.CellIsOperators, formulae, priority: index + 1, style: differentialStyle(format, path) }],
    });
  });
}
