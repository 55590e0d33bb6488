/**
 * A sheet's drawing part, xl/drawings/drawingN.xml (ECMA-376 Part 1 §20.5, SpreadsheetML drawing):
 * one `xdr:twoCellAnchor` per chart, holding a graphic frame that points at the chart part through
 * the drawing's relationships.
 */
import { parseCellAddress } from "../../workbook/a1";
import { XlsxDescriptionError } from "../errors";
import { xmlElement, XML_DECLARATION } from "../xml";

export interface ChartAnchor {
  /** Shown as the chart's name in Excel (the Office.js writer finds charts by it). */
  name: string;
  /** Top-left cell and bottom-right cell the chart covers. */
  from: string;
  to: string;
  /** The drawing relationship that targets the chart part. */
  relationshipId: string;
}

const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";

function marker(tag: "xdr:from" | "xdr:to", row: number, column: number): string {
  return xmlElement(tag, {}, [
    xmlElement("xdr:col", {}, [String(column)]),
    xmlElement("xdr:colOff", {}, ["0"]),
    xmlElement("xdr:row", {}, [String(row)]),
    xmlElement("xdr:rowOff", {}, ["0"]),
  ]);
}

function anchorXml(anchor: ChartAnchor, shapeId: number): string {
  const from = parseCellAddress(anchor.from);
  const to = parseCellAddress(anchor.to);
  if (to.row < from.row || to.column < from.column) throw new XlsxDescriptionError(`chart ${anchor.name}`, `${anchor.to} is not below and right of ${anchor.from}.`);
  const frame = xmlElement("xdr:graphicFrame", { macro: "" }, [
    xmlElement("xdr:nvGraphicFramePr", {}, [xmlElement("xdr:cNvPr", { id: shapeId, name: anchor.name }), xmlElement("xdr:cNvGraphicFramePr")]),
    xmlElement("xdr:xfrm", {}, [xmlElement("a:off", { x: 0, y: 0 }), xmlElement("a:ext", { cx: 0, cy: 0 })]),
    xmlElement("a:graphic", {}, [
      xmlElement("a:graphicData", { uri: CHART_URI }, [
        xmlElement("c:chart", { "xmlns:c": CHART_URI, "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r:id": anchor.relationshipId }),
      ]),
    ]),
  ]);
  // The chart covers its last cell, as Office.js's setPosition(from, to) does: the anchor ends at
  // the top-left corner of the next row and column.
  return xmlElement("xdr:twoCellAnchor", {}, [marker("xdr:from", from.row, from.column), marker("xdr:to", to.row + 1, to.column + 1), frame, xmlElement("xdr:clientData")]);
}

/**
 * @example drawingPartXml([{ name: "Trend", from: "D2", to: "L20", relationshipId: "rId1" }])
 */
export function drawingPartXml(anchors: readonly ChartAnchor[]): string {
  const namespaces = { "xmlns:xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main" };
  // Shape ids are unique within the drawing; Excel numbers them from 2.
  return `${XML_DECLARATION}${xmlElement("xdr:wsDr", namespaces, anchors.map((anchor, index) => anchorXml(anchor, index + 2)))}`;
}
