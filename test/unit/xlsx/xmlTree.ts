/**
 * A small DOM over saxes (the strict, namespace-aware XML parser ExcelJS reads with): parsing fails
 * on anything not well-formed or using an undeclared prefix, and tests walk the tree.
 */
import { SaxesParser } from "saxes";

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === "string" ? attribute : attribute.value;
    const node: XmlNode = { name: tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

/** Every descendant named `name`, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);
}

export function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`${node.name} has no ${name}`);
  return found;
}

export const childNames = (node: XmlNode): string[] => node.children.map((c) => c.name);

/** True when `names` appear in the order of `sequence` (each name must be in it). */
export function followsSequence(names: readonly string[], sequence: readonly string[]): boolean {
  const positions = names.map((name) => sequence.indexOf(name));
  return positions.every((position, i) => position >= 0 && (i === 0 || position >= positions[i - 1]));
}
