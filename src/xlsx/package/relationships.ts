/**
 * Relationship parts (`_rels/*.rels`): how one package part points at another. Adding one keeps the
 * part's existing relationships (ExcelJS puts a sheet's tables there) and picks a free id.
 */
import { xmlElement, XML_DECLARATION } from "../xml";
import { startTags } from "./xmlRead";

export const RELATIONSHIP_TYPES = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

const EMPTY = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/**
 * The relationship part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels".
 *
 * @example relationshipsPath("xl/drawings/drawing1.xml") // "xl/drawings/_rels/drawing1.xml.rels"
 */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Relationships' targets by id. */
export function relationshipTargets(xml: string): Map<string, string> {
  return new Map(startTags(xml, "Relationship").map((attributes) => [attributes.Id, attributes.Target]));
}

/**
 * Adds a relationship to a part's relationships (null: the part has none yet) and returns the new
 * XML with the id given to it.
 *
 * @example addRelationship(null, RELATIONSHIP_TYPES.chart, "../charts/chart1.xml").id // "rId1"
 */
export function addRelationship(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const source = xml ?? EMPTY;
  const taken = new Set(relationshipTargets(source).keys());
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const element = xmlElement("Relationship", { Id: id, Type: type, Target: target });
  const closed = source.replace(/<Relationships([^>]*)\/>/, "<Relationships$1></Relationships>");
  if (!closed.includes("</Relationships>")) throw new Error("Not a relationships part: no Relationships element.");
  return { xml: closed.replace("</Relationships>", `${element}</Relationships>`), id };
}
