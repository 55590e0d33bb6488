/**
 * Texts the data sheets share through the shared strings part (xl/sharedStrings.xml, ECMA-376
 * Part 1 §18.4): a cell holding a code, a stage or a currency then stores an index instead of the
 * text — a third less XML for a typical opportunity row to build and compress — and reads back
 * exactly as ExcelJS's own text cells do. Texts are added after those ExcelJS wrote; the part is
 * rewritten once every data sheet is built (it follows the worksheets in the package).
 */
import type JSZip from "jszip";
import { escapeXml, XML_DECLARATION } from "../xml";
import { addContentTypeOverride } from "./contentTypes";
import { addRelationship, relationshipTargets } from "./relationships";
import { WORKBOOK_RELATIONSHIPS } from "./worksheetParts";

export const SHARED_STRINGS_PART = "xl/sharedStrings.xml";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const EMPTY_PART = `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="0"></sst>`;

async function required(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The package ExcelJS wrote has no ${path}.`);
  return file.async("string");
}

/** One `<si>`: leading or trailing white space kept, as Excel drops it otherwise. */
function stringItem(text: string): string {
  const preserve = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32);
  return `<si>${preserve ? '<t xml:space="preserve">' : "<t>"}${escapeXml(text)}</t></si>`;
}

export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly added: string[] = [];

  private constructor(
    private readonly existingXml: string,
    private readonly existingCount: number,
  ) {}

  /**
   * The package's shared strings, the part declared (relationship, content type) when ExcelJS wrote
   * none, as in a workbook whose other sheets hold no text. The package keeps a placeholder at
   * the part's path until `partXml` replaces it.
   */
  static async open(zip: JSZip, contentTypesPath: string): Promise<SharedStrings> {
    const existing = zip.file(SHARED_STRINGS_PART);
    if (!existing) {
      const rels = await required(zip, WORKBOOK_RELATIONSHIPS);
      if (![...relationshipTargets(rels).values()].includes("sharedStrings.xml")) zip.file(WORKBOOK_RELATIONSHIPS, addRelationship(rels, RELATIONSHIP_TYPE, "sharedStrings.xml").xml);
      zip.file(contentTypesPath, addContentTypeOverride(await required(zip, contentTypesPath), `/${SHARED_STRINGS_PART}`, CONTENT_TYPE));
      zip.file(SHARED_STRINGS_PART, EMPTY_PART);
    }
    const xml = existing ? await existing.async("string") : EMPTY_PART;
    // An entry's index is its position: count the entries rather than trust the attributes.
    return new SharedStrings(xml, (xml.match(/<si[\s>/]/g) ?? []).length);
  }

  /** The index of a text, added on first use. */
  indexOf(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.existingCount + this.added.length;
      this.added.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }

  /**
   * The part with the texts added so far, to be read once the data sheets are built. `count` (the
   * number of references, optional) is dropped rather than left wrong; `uniqueCount` is exact.
   */
  *partXml(): Generator<Buffer> {
    const open = /<sst\b[^>]*?(\/?)>/.exec(this.existingXml);
    if (!open) throw new Error("The shared strings part has no sst element.");
    const attributes = open[0].replace(/\s(count|uniqueCount)="\d+"/g, "").replace(/\/?>$/, "");
    const start = `${this.existingXml.slice(0, open.index)}${attributes} uniqueCount="${this.existingCount + this.added.length}">`;
    const body = open[1] === "/" ? "" : this.existingXml.slice(open.index + open[0].length, this.existingXml.lastIndexOf("</sst>"));
    yield Buffer.from(`${start}${body}${this.added.map(stringItem).join("")}</sst>`, "utf8");
  }
}
