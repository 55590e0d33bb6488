/**
 * Just enough reading of the XML ExcelJS writes to find parts and relationships: the attributes of
 * start tags. ExcelJS always quotes attributes with double quotes and escapes the five entities.
 */

const ENTITY = /&(amp|lt|gt|quot|apos|#x[0-9A-Fa-f]+|#\d+);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** @example unescapeXml("R&amp;D") // "R&D" */
export function unescapeXml(text: string): string {
  return text.replace(ENTITY, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return NAMED[entity];
  });
}

/**
 * The attributes of every start tag named `tag` (with or without a namespace prefix), in order.
 *
 * @example startTags('<sheets><sheet name="A&amp;B" r:id="rId1"/></sheets>', "sheet") // [{ name: "A&B", "r:id": "rId1" }]
 */
export function startTags(xml: string, tag: string): Record<string, string>[] {
  const tags = new RegExp(`<(?:[A-Za-z][\\w.-]*:)?${tag}(\\s[^>]*?)?/?>`, "g");
  return [...xml.matchAll(tags)].map((match) => {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (match[1] ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)) attributes[name] = unescapeXml(value);
    return attributes;
  });
}
