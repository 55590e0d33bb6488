/**
 * The template's sheet-level settings carried to the filled sheet, their rows moved like the cells':
 * frozen rows, print title rows and conditional-format ranges (a rule over a block's column grows
 * to every expanded row). Widths, tab colour and gridlines are the same on any row.
 */
import type { ConditionalFormatDescription, SheetDescription } from "../../../workbook/description";
import type { TemplateSheet } from "../../../workbook/templateSheet";
import { rewriteRowReferences } from "./formulaReferences";
import { mapTemplateFormula } from "./templateFormula";
import type { RowMap } from "./rowMap";

type Settings = Pick<SheetDescription, "columnWidths" | "freeze" | "conditionalFormats" | "print" | "tabColor" | "showGridlines">;

/** A range or row span on the sheet, placed like a range over the sheet (marker rows dropped, blocks grown). */
function mapArea(area: string, map: RowMap): string {
  return rewriteRowReferences(area, (ref) => {
    const first = map.start(ref.first.row);
    const last = ref.kind === "cell" ? first : map.end(ref.last.row);
    return last < first ? null : { first, last };
  });
}

function mapConditionalFormat(format: ConditionalFormatDescription, template: TemplateSheet, outputName: string, map: RowMap): ConditionalFormatDescription | null {
  const range = format.range
    .split(/\s+/)
    .filter((area) => area !== "")
    .map((area) => mapArea(area, map))
    .filter((area) => !area.includes("#REF!"))
    .join(" ");
  if (range === "") return null;
  const place = { map, templateName: template.name, outputName };
  const formula = (text: string) => (text.startsWith("=") ? mapTemplateFormula(text, place).formula : text);
  return { ...format, range, formula1: formula(format.formula1), ...(format.formula2 !== undefined ? { formula2: formula(format.formula2) } : {}) };
}

/**
 * @example templateSettings({ name: "T", cells: [], freeze: { rows: 4, columns: 1 } }, "Report", map) // { freeze: { rows: 4, columns: 1 } }
 */
export function templateSettings(template: TemplateSheet, outputName: string, map: RowMap): Settings {
  const settings: Settings = {};
  if (template.columnWidths) settings.columnWidths = template.columnWidths;
  if (template.tabColor !== undefined) settings.tabColor = template.tabColor;
  if (template.showGridlines !== undefined) settings.showGridlines = template.showGridlines;
  // Frozen rows: everything above the first unfrozen row's new place.
  if (template.freeze) settings.freeze = { rows: template.freeze.rows === 0 ? 0 : map.start(template.freeze.rows), columns: template.freeze.columns };
  if (template.print) {
    const { titleRows, ...rest } = template.print;
    const mapped = titleRows ? mapArea(titleRows, map) : undefined;
    settings.print = mapped && !mapped.includes("#REF!") ? { ...rest, titleRows: mapped } : rest;
  }
  const formats = (template.conditionalFormats ?? []).map((format) => mapConditionalFormat(format, template, outputName, map)).filter((format): format is ConditionalFormatDescription => format !== null);
  if (formats.length > 0) settings.conditionalFormats = formats;
  return settings;
}
