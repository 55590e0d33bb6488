import { readFileSync } from "fs";

/**
 * An element as xml2js gives it: attributes under `$`, text under `_`, children as arrays by name.
 * Parsed with the xml2js that office-addin-manifest itself uses (resolved from that package, so we
 * add no dependency), i.e. the same reading of the file that the Office tooling does.
 */
export interface XmlElement {
  $?: Record<string, string>;
  _?: string;
  [child: string]: XmlElement[] | Record<string, string> | string | undefined;
}

type ParseString = (xml: string, options: object, callback: (error: Error | null, result: Record<string, XmlElement>) => void) => void;

export async function parseManifest(file: string): Promise<XmlElement> {
  const xml2jsPath = require.resolve("xml2js", { paths: [require.resolve("office-addin-manifest")] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path resolved at run time, untyped package
  const { parseString } = require(xml2jsPath) as { parseString: ParseString };
  const parsed = await new Promise<Record<string, XmlElement>>((resolve, reject) =>
    parseString(readFileSync(file, "utf8"), { explicitArray: true }, (error, result) => (error ? reject(error) : resolve(result))),
  );
  return parsed.OfficeApp;
}

/** Every descendant element (depth first) with the given tag name, namespace prefix ignored. */
export function findAll(root: XmlElement, tag: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    for (const [name, value] of Object.entries(element)) {
      if (name === "$" || name === "_" || !Array.isArray(value)) continue;
      for (const child of value) {
        if (typeof child !== "object") continue;
        if (name.replace(/^.*:/, "") === tag) found.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}

/** The text of an element that xml2js may give as a plain string or as `{ _: text }`. */
export function text(value: XmlElement | string | undefined): string | undefined {
  return typeof value === "string" ? value : value?._;
}

/** The first child element `tag` of `element`. */
export function child(element: XmlElement, tag: string): XmlElement | string | undefined {
  const value = element[tag];
  return Array.isArray(value) ? value[0] : undefined;
}
