/**
 * Workbook-scope defined names, written into xl/workbook.xml directly: ExcelJS keeps names as sets
 * of cells, so it can hold neither a formula, a constant nor a comment, and may split a range.
 */
import type { NamedRangeDescription } from "../../workbook/description";
import { fileFormula } from "../formulas/fileFormula";
import { escapeXml, xmlElement } from "../xml";

function definedName(name: NamedRangeDescription): string {
  const reference = fileFormula(name.reference, { path: `name ${name.name}` });
  return xmlElement("definedName", { name: name.name, comment: name.comment }, [escapeXml(reference)]);
}

/**
 * Adds the names to the workbook part, after any ExcelJS wrote itself (print titles). In the
 * workbook element `definedNames` follows `sheets`.
 *
 * @example addDefinedNames(workbookXml, [{ name: "Report_Period", reference: "='Summary'!$B$2" }])
 */
export function addDefinedNames(workbookXml: string, names: readonly NamedRangeDescription[]): string {
  if (names.length === 0) return workbookXml;
  const elements = names.map(definedName).join("");
  if (workbookXml.includes("</definedNames>")) return workbookXml.replace("</definedNames>", `${elements}</definedNames>`);
  if (/<definedNames\s*\/>/.test(workbookXml)) return workbookXml.replace(/<definedNames\s*\/>/, `<definedNames>${elements}</definedNames>`);
  if (!workbookXml.includes("</sheets>")) throw new Error("The workbook part has no sheets element.");
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${elements}</definedNames>`);
}
