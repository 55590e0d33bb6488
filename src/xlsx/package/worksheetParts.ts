/**
 * Which part holds which sheet: the workbook part lists sheets with a relationship id, and the
 * workbook's relationships give each id its part. ExcelJS numbers parts by its internal sheet id,
 * so the name is the only reliable key.
 */
import { relationshipTargets, relationshipsPath } from "./relationships";
import { startTags } from "./xmlRead";

/** "worksheets/sheet1.xml" relative to "xl/workbook.xml", or "/xl/worksheets/sheet1.xml" → a zip path. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * Sheet name → the zip path of its worksheet part.
 *
 * @example worksheetParts(workbookXml, workbookRelsXml).get("Summary") // "xl/worksheets/sheet1.xml"
 */
export function worksheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = relationshipTargets(workbookRelsXml);
  const parts = new Map<string, string>();
  for (const sheet of startTags(workbookXml, "sheet")) {
    const target = targets.get(sheet["r:id"]);
    if (target) parts.set(sheet.name, resolveTarget("xl/workbook.xml", target));
  }
  return parts;
}

export const WORKBOOK_PART = "xl/workbook.xml";
export const WORKBOOK_RELATIONSHIPS = relationshipsPath(WORKBOOK_PART);
