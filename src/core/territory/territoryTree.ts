import type { Territory } from "../model/entities";
import type { Issue } from "../model/result";

/** The hierarchy of territories as arrays indexed by position in `order` (parents before children). */
export interface TerritoryTree {
  /** Depth-first order: each parent followed by its subtree, siblings in input order. */
  order: Territory[];
  indexById: Map<string, number>;
  /** Position in `order` of each territory's parent, -1 at the top. */
  parent: Int32Array;
  depth: Int32Array;
  isLeaf: boolean[];
  issues: Issue[];
}

/**
 * Orders territories depth-first. A parent that does not exist or that would close a loop is
 * reported and the territory treated as top-level; a repeated id is reported and the later row ignored.
 * @example territoryTree([{ id: "A", parentId: "" }, { id: "A1", parentId: "A" }] as Territory[]).depth // Int32Array [0, 1]
 */
export function territoryTree(territories: readonly Territory[]): TerritoryTree {
  const issues: Issue[] = [];
  const byId = new Map<string, Territory>();
  for (const territory of territories) {
    if (byId.has(territory.id)) issues.push({ code: "duplicate_territory", path: ["territories", territory.id], message: `Territory ${territory.id} appears more than once; the first row is used.` });
    else byId.set(territory.id, territory);
  }
  const parentOf = new Map<string, string>();
  for (const territory of byId.values()) {
    const parentId = territory.parentId.trim();
    if (parentId === "") continue;
    if (!byId.has(parentId)) {
      issues.push({ code: "unknown_parent", path: ["territories", territory.id, "parentId"], message: `Territory ${territory.id} names parent ${parentId}, which is not in the territory list; it is treated as top-level.` });
      continue;
    }
    parentOf.set(territory.id, parentId);
  }
  // A loop has no top: cut it where it is found and say so.
  for (const id of byId.keys()) {
    const seen = new Set<string>([id]);
    let current = parentOf.get(id);
    while (current !== undefined) {
      if (seen.has(current)) {
        issues.push({ code: "territory_cycle", path: ["territories", current, "parentId"], message: `Territory ${current} is its own ancestor through its parents; it is treated as top-level.` });
        parentOf.delete(current);
        break;
      }
      seen.add(current);
      current = parentOf.get(current);
    }
  }
  const children = new Map<string, Territory[]>();
  const roots: Territory[] = [];
  for (const territory of byId.values()) {
    const parentId = parentOf.get(territory.id);
    if (parentId === undefined) roots.push(territory);
    else {
      const siblings = children.get(parentId);
      if (siblings) siblings.push(territory);
      else children.set(parentId, [territory]);
    }
  }
  const order: Territory[] = [];
  const parentIndex: number[] = [];
  const depth: number[] = [];
  const stack: { territory: Territory; parent: number; depth: number }[] = roots.map((territory) => ({ territory, parent: -1, depth: 0 })).reverse();
  while (stack.length > 0) {
    const next = stack.pop() as { territory: Territory; parent: number; depth: number };
    const position = order.length;
    order.push(next.territory);
    parentIndex.push(next.parent);
    depth.push(next.depth);
    const kids = children.get(next.territory.id) ?? [];
    for (let k = kids.length - 1; k >= 0; k -= 1) stack.push({ territory: kids[k], parent: position, depth: next.depth + 1 });
  }
  return {
    order,
    indexById: new Map(order.map((territory, i) => [territory.id, i])),
    parent: Int32Array.from(parentIndex),
    depth: Int32Array.from(depth),
    isLeaf: order.map((territory) => !children.has(territory.id)),
    issues,
  };
}
