/** `[Content_Types].xml`: every part the package adds needs its content type declared, or Excel repairs the file. */
import { xmlElement } from "../xml";
import { startTags } from "./xmlRead";

export const CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/**
 * Declares a part's content type (an Override for its exact name), unless it already is.
 *
 * @example addContentTypeOverride(types, "/xl/charts/chart1.xml", CONTENT_TYPES.chart)
 */
export function addContentTypeOverride(xml: string, partName: string, contentType: string): string {
  if (startTags(xml, "Override").some((attributes) => attributes.PartName === partName)) return xml;
  return xml.replace("</Types>", `${xmlElement("Override", { PartName: partName, ContentType: contentType })}</Types>`);
}
