/**
 * String building for the package parts ExcelJS cannot write (charts, drawings, relationships).
 * Every piece of text that comes from a description passes through `escapeXml`.
 */

/** Characters XML 1.0 forbids outright (C0 controls but tab, newline, carriage return; lone surrogates excepted by JS strings). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Text safe for both element content and attribute values: the five markup characters become
 * entities and characters XML cannot hold are dropped (a parser would reject the whole part).
 *
 * @example escapeXml(`Q1 "A&B" <draft>`) // "Q1 &quot;A&amp;B&quot; &lt;draft&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

function attributeText(attributes: XmlAttributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

/**
 * One element: empty when it has no children, else wrapping the already-built child markup.
 *
 * @example xmlElement("c:idx", { val: 0 }) // '<c:idx val="0"/>'
 * @example xmlElement("a:t", {}, [escapeXml("Q&A")]) // "<a:t>Q&amp;A</a:t>"
 */
export function xmlElement(name: string, attributes: XmlAttributes = {}, children?: readonly string[]): string {
  const open = `${name}${attributeText(attributes)}`;
  return children === undefined ? `<${open}/>` : `<${open}>${children.join("")}</${name}>`;
}

/** The declaration every part starts with; Excel writes standalone="yes" and so do we. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
