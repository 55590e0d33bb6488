import type { DataSet } from "../model/dataSet";
import { ReportError } from "./reportError";

/** Which part of the org a report covers: everyone, one region's reps, or one manager's team. */
export type ReportScope = { kind: "all" } | { kind: "region"; region: string } | { kind: "manager"; managerId: string };

export interface ResolvedScope {
  /** For titles: "all", "region EMEA", "Giulia Dubois's team". */
  label: string;
  /** The owners whose deals and quotas count; null for the whole org. */
  owners: ReadonlySet<string> | null;
}

/**
 * The owners a scope covers: a region's reps (the Reps table's region), or a manager with everyone
 * reporting to them, directly or not. A scope that matches nobody is an error naming what exists.
 * @example resolveScope(demo, { kind: "region", region: "EMEA" }).owners?.size
 */
export function resolveScope(dataSet: Pick<DataSet, "reps">, scope: ReportScope): ResolvedScope {
  if (scope.kind === "all") return { label: "all", owners: null };
  if (scope.kind === "region") {
    const owners = new Set(dataSet.reps.filter((rep) => rep.region.toLowerCase() === scope.region.toLowerCase()).map((rep) => rep.id));
    if (owners.size === 0) {
      const regions = [...new Set(dataSet.reps.map((rep) => rep.region).filter(Boolean))].sort();
      throw new ReportError(`No rep is in region "${scope.region}": the Reps table has ${regions.join(", ") || "no regions"}.`);
    }
    return { label: `region ${scope.region}`, owners };
  }
  const manager = dataSet.reps.find((rep) => rep.id === scope.managerId);
  if (!manager) throw new ReportError(`No rep has the id "${scope.managerId}": give a manager's id from the Reps table.`);
  const team = new Set([manager.id]);
  // Everyone below the manager, however deep: add reports until a pass adds none.
  for (let added = true; added; ) {
    added = false;
    for (const rep of dataSet.reps) {
      if (!team.has(rep.id) && team.has(rep.managerId)) {
        team.add(rep.id);
        added = true;
      }
    }
  }
  return { label: `${manager.name}'s team`, owners: team };
}

/**
 * "region:EMEA", "manager:REP-005" or "all", as the CLI and the pane write a scope.
 * @example parseScope("region:EMEA") // { kind: "region", region: "EMEA" }
 */
export function parseScope(text: string): ReportScope {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.toLowerCase() === "all") return { kind: "all" };
  const [kind, ...rest] = trimmed.split(":");
  const value = rest.join(":").trim();
  if (kind.toLowerCase() === "region" && value) return { kind: "region", region: value };
  if (kind.toLowerCase() === "manager" && value) return { kind: "manager", managerId: value };
  throw new ReportError(`"${text}" is not a scope: use all, region:NAME (e.g. region:EMEA) or manager:ID (e.g. manager:REP-005).`);
}
