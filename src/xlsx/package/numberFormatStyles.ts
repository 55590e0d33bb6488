/**
 * Cell formats for number formats, added to the styles part ExcelJS wrote (xl/styles.xml) for the
 * sheets the writer renders itself: a cell points at a `cellXfs` entry by index (`s="n"`), which
 * points at a number format — a built-in id, or a `numFmt` the part declares (ECMA-376 Part 1
 * §18.8.30–31, ids from 164 up).
 */
import { escapeXml } from "../xml";
import { startTags } from "./xmlRead";

/**
 * Built-in formats whose code reads the same in every locale (§18.8.30): a reader shows them from
 * the id alone. Others, dates included, are declared, as ExcelJS declares them.
 */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "@": 49,
};
const FIRST_CUSTOM_ID = 164;

/** The declared formats: code → id. */
function declaredFormats(stylesXml: string): Map<string, number> {
  return new Map(startTags(stylesXml, "numFmt").map((attributes) => [attributes.formatCode, Number(attributes.numFmtId)]));
}

function withNumFmts(stylesXml: string, added: readonly { id: number; code: string }[]): string {
  if (added.length === 0) return stylesXml;
  const elements = added.map(({ id, code }) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
  const list = /<numFmts count="(\d+)">([\s\S]*?)<\/numFmts>/.exec(stylesXml);
  // Function replacements: a format code may hold "$&" or "$'", which a replacement string would expand.
  if (list) return stylesXml.replace(list[0], () => `<numFmts count="${Number(list[1]) + added.length}">${list[2]}${elements}</numFmts>`);
  // numFmts is the first child of styleSheet.
  const open = /<styleSheet[^>]*>/.exec(stylesXml);
  if (!open) throw new Error("The styles part has no styleSheet element.");
  const at = open.index + open[0].length;
  return `${stylesXml.slice(0, at)}<numFmts count="${added.length}">${elements}</numFmts>${stylesXml.slice(at)}`;
}

/**
 * Adds one cell format per number format (default font, fill and border) and returns the new part
 * with each format's `s` index.
 *
 * @example addNumberFormatStyles(stylesXml, ["yyyy-mm-dd", "#,##0.00"]).styleIds.get("yyyy-mm-dd") // e.g. 25
 */
export function addNumberFormatStyles(stylesXml: string, formats: readonly string[]): { xml: string; styleIds: Map<string, number> } {
  const styleIds = new Map<string, number>();
  const wanted = [...new Set(formats)];
  if (wanted.length === 0) return { xml: stylesXml, styleIds };
  const cellXfs = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!cellXfs) throw new Error("The styles part has no cellXfs element.");
  const declared = declaredFormats(stylesXml);
  let nextId = Math.max(FIRST_CUSTOM_ID - 1, ...declared.values()) + 1;
  const added: { id: number; code: string }[] = [];
  const formatId = (code: string): number => {
    const known = BUILT_IN[code] ?? declared.get(code);
    if (known !== undefined) return known;
    const id = nextId++;
    declared.set(code, id);
    added.push({ id, code });
    return id;
  };
  // Existing entries are counted, not read from `count`: the index is the position.
  let index = (cellXfs[1].match(/<xf[\s/>]/g) ?? []).length;
  const xfs = wanted.map((code) => {
    styleIds.set(code, index++);
    return `<xf numFmtId="${formatId(code)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  });
  const withXfs = stylesXml.replace(cellXfs[0], () => `<cellXfs count="${index}">${cellXfs[1]}${xfs.join("")}</cellXfs>`);
  return { xml: withNumFmts(withXfs, added), styleIds };
}
