/**
 * A template worksheet's sheet-level settings read with ExcelJS: column widths, frozen panes,
 * gridlines, tab colour, print setup and cell-value conditional formats. Sheet features a report
 * cannot keep (merged cells, images, data validation, tables, hidden rows and columns, other
 * conditional formats) are noted as lost.
 */
import type ExcelJS from "exceljs";
import { cellAddress, columnLetters } from "../workbook/a1";
import type { ConditionalFormatDescription, ConditionalOperator, PrintSetup } from "../workbook/description";
import type { TemplateSheetSettings } from "../workbook/templateSheet";
import { LOST, type LossCollector } from "../core/report/template";
import { resolveColor, type FileColor } from "./readTemplateTheme";

/** What ExcelJS reads from a file but leaves out of its types. */
type Loaded = ExcelJS.Worksheet & {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
  dataValidations?: { model?: Record<string, unknown> };
  tables?: Record<string, { table?: { tableRef?: string; ref?: string } }>;
};

/** Excel's padding around a column's text: 5 px of the 7-px digit width (see src/workbook/columnWidth.ts). */
const PADDING_CHARACTERS = 5 / 7;

const OPERATORS: Record<string, ConditionalOperator> = {
  between: "Between",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  equal: "EqualTo",
};

/**
 * The width the description gives (characters, what Excel's Column Width box shows) for a stored
 * width (which adds the padding): the inverse of storedColumnWidth.
 * @example characterWidth(9.140625) // 8.43
 */
export function characterWidth(stored: number): number {
  return Math.round((stored - PADDING_CHARACTERS) * 100) / 100;
}

function columnWidths(worksheet: ExcelJS.Worksheet, lost: LossCollector): TemplateSheetSettings["columnWidths"] {
  const widths: { column: number; width: number }[] = [];
  (worksheet.columns ?? []).forEach((column, index) => {
    if (column.hidden) lost.note(LOST.hiddenColumns, `${columnLetters(index)}:${columnLetters(index)}`);
    if (typeof column.width === "number" && column.width > 0) widths.push({ column: index, width: characterWidth(column.width) });
  });
  return widths.length > 0 ? widths : undefined;
}

/** A rule formula from the file ("0.7", "$B$5/10") as the description takes it: a number, or "=…". */
const ruleFormula = (text: string) => (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim()) ? text.trim() : `=${text}`);

function conditionalFormats(worksheet: ExcelJS.Worksheet, palette: readonly string[], lost: LossCollector): ConditionalFormatDescription[] {
  const formats: ConditionalFormatDescription[] = [];
  for (const { ref, rules } of (worksheet as Loaded).conditionalFormattings ?? []) {
    for (const rule of rules) {
      const operator = rule.type === "cellIs" ? OPERATORS[rule.operator ?? ""] : undefined;
      const formulae = rule.type === "cellIs" ? (rule.formulae ?? []).map(String) : [];
      if (!operator || formulae.length === 0) {
        lost.note(LOST.conditionalFormats, ref);
        continue;
      }
      const style = rule.style ?? {};
      const fill = style.fill?.type === "pattern" ? resolveColor((style.fill.bgColor ?? style.fill.fgColor) as FileColor | undefined, palette) : null;
      const fontColor = resolveColor(style.font?.color as FileColor | undefined, palette);
      formats.push({
        range: ref,
        operator,
        formula1: ruleFormula(formulae[0]),
        ...(operator === "Between" && formulae[1] !== undefined ? { formula2: ruleFormula(formulae[1]) } : {}),
        ...(fill ? { fill } : {}),
        ...(fontColor ? { fontColor } : {}),
      });
    }
  }
  return formats;
}

function print(worksheet: ExcelJS.Worksheet): PrintSetup | undefined {
  const setup = worksheet.pageSetup ?? {};
  const landscape = setup.orientation === "landscape";
  const fitToWidth = Boolean(setup.fitToPage) && setup.fitToWidth === 1;
  const titleRows = typeof setup.printTitlesRow === "string" && setup.printTitlesRow !== "" ? setup.printTitlesRow : undefined;
  if (!landscape && !fitToWidth && !titleRows) return undefined;
  return { orientation: landscape ? "Landscape" : "Portrait", fitToWidth, ...(titleRows ? { titleRows } : {}) };
}

/** Notes features of the sheet that live outside its cells' values and styles. */
function noteSheetFeatures(worksheet: ExcelJS.Worksheet, lost: LossCollector): void {
  for (const range of worksheet.model.merges ?? []) lost.note(LOST.merged, range);
  for (const image of worksheet.getImages()) {
    const at = image.range.tl;
    lost.note(LOST.images, cellAddress(Math.floor(at.nativeRow), Math.floor(at.nativeCol)));
  }
  const loaded = worksheet as Loaded;
  for (const address of Object.keys(loaded.dataValidations?.model ?? {})) lost.note(LOST.validation, address);
  for (const table of Object.values(loaded.tables ?? {})) lost.note(LOST.tables, table.table?.tableRef ?? table.table?.ref ?? "A1");
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.hidden) lost.note(LOST.hiddenRows, `${number}:${number}`);
  });
}

/**
 * @example readTemplateSettings(worksheet, palette, lost) // { columnWidths: [{ column: 0, width: 24 }], freeze: { rows: 4, columns: 1 }, … }
 */
export function readTemplateSettings(worksheet: ExcelJS.Worksheet, palette: readonly string[], lost: LossCollector): TemplateSheetSettings {
  noteSheetFeatures(worksheet, lost);
  const view = worksheet.views?.[0];
  const settings: TemplateSheetSettings = {};
  const widths = columnWidths(worksheet, lost);
  if (widths) settings.columnWidths = widths;
  if (view?.state === "frozen" && ((view.ySplit ?? 0) > 0 || (view.xSplit ?? 0) > 0)) settings.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  if (view?.showGridLines === false) settings.showGridlines = false;
  const tab = resolveColor(worksheet.properties?.tabColor as FileColor | undefined, palette);
  if (tab) settings.tabColor = tab;
  const printSetup = print(worksheet);
  if (printSetup) settings.print = printSetup;
  const formats = conditionalFormats(worksheet, palette, lost);
  if (formats.length > 0) settings.conditionalFormats = formats;
  return settings;
}
