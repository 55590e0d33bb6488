/**
 * Points a worksheet at its drawing: `<drawing r:id="…"/>` must sit at its place in the worksheet's
 * element sequence (ECMA-376 Part 1 §18.3.1.99 CT_Worksheet: after the page setup and breaks,
 * before legacy drawings, pictures, controls and tableParts), or Excel rejects the sheet.
 */

/** Elements that follow `drawing` in CT_Worksheet; the drawing goes before the first one present. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * @example addDrawingElement('<worksheet …><sheetData/><tableParts count="1">…</tableParts></worksheet>', "rId2")
 * // '<worksheet …><sheetData/><drawing r:id="rId2"/><tableParts count="1">…</tableParts></worksheet>'
 */
export function addDrawingElement(worksheetXml: string, relationshipId: string): string {
  if (/<drawing[\s/>]/.test(worksheetXml)) throw new Error("The worksheet already has a drawing.");
  const element = `<drawing r:id="${relationshipId}"/>`;
  const positions = AFTER_DRAWING.map((name) => worksheetXml.search(new RegExp(`<${name}[\\s/>]`))).filter((index) => index >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : worksheetXml.lastIndexOf("</worksheet>");
  return `${worksheetXml.slice(0, at)}${element}${worksheetXml.slice(at)}`;
}
