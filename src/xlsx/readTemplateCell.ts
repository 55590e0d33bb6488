/**
 * One ExcelJS cell of a template → a TemplateCell: its constant or formula (as typed in Excel,
 * without the file's `_xlfn.` prefixes), its number format and style. Rich text is read as its
 * plain text, so a placeholder whose characters are formatted in parts is still one placeholder.
 */
import ExcelJS from "exceljs";
import type { ScalarValue } from "../workbook/description";
import type { TemplateCell } from "../workbook/templateSheet";
import { LOST, type LossCollector } from "../core/report/template";
import { templateCellStyle } from "./readTemplateStyle";

/** Milliseconds from 1970 to Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date as Excel stores it: days since day 0 (ExcelJS reads date-formatted serials as UTC dates). */
const excelSerial = (date: Date) => (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;

/**
 * The file stores newer functions with a prefix (`_xlfn.STDEV.S`); the description takes formulas
 * as typed and the writers add the prefixes back. String literals are left alone.
 * @example typedFormula('_xlfn.IFS(A1>0,"_xlfn.",TRUE,0)') // '=IFS(A1>0,"_xlfn.",TRUE,0)'
 */
export function typedFormula(fileFormula: string): string {
  const body = fileFormula
    .split(/("(?:[^"]|"")*")/)
    .map((part) => (part.startsWith('"') ? part : part.replace(/_xlfn\.(_xlws\.)?/gi, "")))
    .join("");
  return `=${body}`;
}

function richTextOf(value: ExcelJS.CellRichTextValue, lost: LossCollector, address: string): string {
  const fonts = new Set(value.richText.map((run) => JSON.stringify(run.font ?? {})));
  if (fonts.size > 1) lost.note(LOST.richText, address);
  return value.richText.map((run) => run.text).join("");
}

type Content = { value: ScalarValue } | { formula: string } | null;

function contentOf(cell: ExcelJS.Cell, lost: LossCollector): Content {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      // A merged range's other cells echo its first cell's value; only the first one holds it.
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.Boolean:
      return { value: value as number | string | boolean };
    case ExcelJS.ValueType.Date:
      return { value: excelSerial(value as Date) };
    case ExcelJS.ValueType.RichText:
      return { value: richTextOf(value as ExcelJS.CellRichTextValue, lost, cell.address) };
    case ExcelJS.ValueType.Hyperlink: {
      lost.note(LOST.hyperlinks, cell.address);
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      // A hyperlink's text may itself be rich text.
      return { value: typeof text === "string" ? text : richTextOf(text as ExcelJS.CellRichTextValue, lost, cell.address) };
    }
    case ExcelJS.ValueType.Formula: {
      if ((value as { shareType?: string }).shareType === "array") lost.note(LOST.arrayFormulas, cell.address);
      // `cell.formula` gives a shared formula's copies their own, translated text.
      return cell.formula ? { formula: typedFormula(cell.formula) } : null;
    }
    case ExcelJS.ValueType.Error:
      return { value: (value as ExcelJS.CellErrorValue).error };
    default:
      return null;
  }
}

/**
 * The template cell, or null when the cell is empty and unformatted.
 *
 * @example readTemplateCell(worksheet.getCell("B4"), palette, lost) // { formula: "=SUM(B2:B3)", numberFormat: "#,##0", style: { bold: true } }
 */
export function readTemplateCell(cell: ExcelJS.Cell, palette: readonly string[], lost: LossCollector): TemplateCell | null {
  const content = contentOf(cell, lost);
  const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const style = templateCellStyle(cell.style ?? {}, palette, lost, cell.address);
  if (cell.note) lost.note(LOST.notes, cell.address);
  if (!content && numberFormat === undefined && style === undefined) return null;
  return { ...(content ?? {}), ...(numberFormat !== undefined ? { numberFormat } : {}), ...(style !== undefined ? { style } : {}) };
}
