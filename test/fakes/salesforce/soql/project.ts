/**
 * Records as the REST API writes them: `attributes` first, then the selected fields in SELECT
 * order; a relationship is a nested record with its own `attributes`, or null when the lookup is
 * empty. Datetimes are `2026-01-31T10:00:00.000+0000`, dates `YYYY-MM-DD`.
 */
import type { FieldDef, ObjectInfo } from "../schema";
import type { StoredRecord, StoredValue } from "../store";
import type { SelectedPath } from "./compile";

export type JsonRecord = { [key: string]: unknown };
export type Projector = (record: StoredRecord) => JsonRecord;

type Entry = { kind: "field"; field: FieldDef } | { kind: "relationship"; hop: FieldDef; node: Node };
interface Node {
  object: ObjectInfo;
  entries: Entry[];
}

const DateCtor = Date;

export function formatDateTime(ms: number): string {
  return new DateCtor(ms).toISOString().replace("Z", "+0000");
}

export function formatValue(field: FieldDef, value: StoredValue): StoredValue {
  return field.type === "datetime" && typeof value === "number" ? formatDateTime(value) : value;
}

export function recordUrl(version: string, type: string, id: string): string {
  return `/services/data/v${version}/sobjects/${type}/${id}`;
}

function buildTree(root: ObjectInfo, select: SelectedPath[]): Node {
  const tree: Node = { object: root, entries: [] };
  for (const path of select) {
    let node = tree;
    path.hops.forEach((hop, i) => {
      let entry = node.entries.find((e) => e.kind === "relationship" && e.hop.name === hop.name);
      if (!entry) {
        entry = { kind: "relationship", hop, node: { object: path.objects[i + 1], entries: [] } };
        node.entries.push(entry);
      }
      node = (entry as Extract<Entry, { kind: "relationship" }>).node;
    });
    if (!node.entries.some((e) => e.kind === "field" && e.field.name === path.field.name)) node.entries.push({ kind: "field", field: path.field });
  }
  return tree;
}

export function projector(root: ObjectInfo, select: SelectedPath[], version: string, lookup: (id: string) => StoredRecord | undefined): Projector {
  const tree = buildTree(root, select);
  const project = (record: StoredRecord, node: Node): JsonRecord => {
    const out: JsonRecord = { attributes: { type: node.object.def.name, url: recordUrl(version, node.object.def.name, record.Id) } };
    for (const entry of node.entries) {
      if (entry.kind === "field") {
        out[entry.field.name] = formatValue(entry.field, record[entry.field.name] ?? null);
        continue;
      }
      const id = record[entry.hop.name];
      const parent = typeof id === "string" ? lookup(id) : undefined;
      out[entry.hop.relationshipName as string] = parent && !parent.IsDeleted ? project(parent, entry.node) : null;
    }
    return out;
  };
  return (record) => project(record, tree);
}
