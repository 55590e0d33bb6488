/**
 * ExcelJS cannot write charts, so they are added to the package it produced: per sheet with
 * charts, one drawing part with an anchor per chart, one chart part per chart, the relationships
 * sheet → drawing → chart, the sheet's `<drawing>` element and the content types of the new parts.
 */
import type JSZip from "jszip";
import type { SheetDescription, WorkbookDescription } from "../../workbook/description";
import { addContentTypeOverride, CONTENT_TYPES } from "../package/contentTypes";
import { addRelationship, relationshipsPath, RELATIONSHIP_TYPES } from "../package/relationships";
import { addDrawingElement } from "../package/worksheetDrawing";
import { WORKBOOK_PART, WORKBOOK_RELATIONSHIPS, worksheetParts } from "../package/worksheetParts";
import { chartData } from "./chartData";
import { chartPartXml } from "./chartXml";
import { drawingPartXml, type ChartAnchor } from "./drawingXml";
import { sheetCellLookup } from "./sheetCells";

const CONTENT_TYPES_PART = "[Content_Types].xml";

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

async function required(zip: JSZip, path: string): Promise<string> {
  const content = await text(zip, path);
  if (content === null) throw new Error(`The package ExcelJS wrote has no ${path}.`);
  return content;
}

/** The first free number for parts named `${folder}/${stem}N.xml`. */
function freeNumber(zip: JSZip, folder: string, stem: string): () => number {
  let n = 1;
  return () => {
    while (zip.file(`${folder}/${stem}${n}.xml`)) n += 1;
    return n++;
  };
}

interface Numbering {
  chart: () => number;
  drawing: () => number;
}

/** Writes one sheet's chart and drawing parts; returns the content types with theirs declared. */
async function addSheetCharts(zip: JSZip, sheet: SheetDescription, sheetPath: string, numbering: Numbering, contentTypes: string): Promise<string> {
  const cellAt = sheetCellLookup(sheet);
  let drawingRels: string | null = null;
  let types = contentTypes;
  const anchors: ChartAnchor[] = [];
  for (const chart of sheet.charts ?? []) {
    const chartPath = `xl/charts/chart${numbering.chart()}.xml`;
    zip.file(chartPath, chartPartXml(chart, chartData(sheet.name, chart, cellAt)));
    const relationship = addRelationship(drawingRels, RELATIONSHIP_TYPES.chart, `../charts/${chartPath.split("/").pop()}`);
    drawingRels = relationship.xml;
    anchors.push({ name: chart.name, from: chart.from, to: chart.to, relationshipId: relationship.id });
    types = addContentTypeOverride(types, `/${chartPath}`, CONTENT_TYPES.chart);
  }
  const drawingPath = `xl/drawings/drawing${numbering.drawing()}.xml`;
  zip.file(drawingPath, drawingPartXml(anchors));
  zip.file(relationshipsPath(drawingPath), drawingRels as string);
  const sheetRels = addRelationship(await text(zip, relationshipsPath(sheetPath)), RELATIONSHIP_TYPES.drawing, `../drawings/${drawingPath.split("/").pop()}`);
  zip.file(relationshipsPath(sheetPath), sheetRels.xml);
  zip.file(sheetPath, addDrawingElement(await required(zip, sheetPath), sheetRels.id));
  return addContentTypeOverride(types, `/${drawingPath}`, CONTENT_TYPES.drawing);
}

/**
 * Adds every described chart to the package (a no-op when there are none).
 *
 * @example await addChartParts(await JSZip.loadAsync(xlsx), description)
 */
export async function addChartParts(zip: JSZip, description: WorkbookDescription): Promise<void> {
  const sheets = description.sheets.filter((sheet) => (sheet.charts ?? []).length > 0);
  if (sheets.length === 0) return;
  const parts = worksheetParts(await required(zip, WORKBOOK_PART), await required(zip, WORKBOOK_RELATIONSHIPS));
  const numbering: Numbering = { chart: freeNumber(zip, "xl/charts", "chart"), drawing: freeNumber(zip, "xl/drawings", "drawing") };
  let contentTypes = await required(zip, CONTENT_TYPES_PART);
  for (const sheet of sheets) {
    const sheetPath = parts.get(sheet.name);
    if (!sheetPath) throw new Error(`The package ExcelJS wrote has no part for sheet "${sheet.name}".`);
    contentTypes = await addSheetCharts(zip, sheet, sheetPath, numbering, contentTypes);
  }
  zip.file(CONTENT_TYPES_PART, contentTypes);
}
