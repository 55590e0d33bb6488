import { readFileSync } from "fs";
import { parse as parseYaml } from "yaml";
import type { CompensationSetup } from "../app/runCommissions";
import { parseAssignments, parseCancellations, parsePlans, parseSplits, PlanAssignment } from "../core/commission";
import type { Issue, Result } from "../core/model/result";
import { CliError } from "./io";

function describe(issues: readonly Issue[], file: string): string {
  const shown = issues.slice(0, 5).map((issue) => `  ${issue.message}`).join("\n");
  return `${file} is not a valid plan file:\n${shown}${issues.length > 5 ? `\n  … and ${issues.length - 5} more` : ""}`;
}

function unwrap<T>(result: Result<T>, file: string): T {
  if (!result.ok) throw new CliError(describe(result.issues, file), 2);
  return result.value;
}

/**
 * Reads a plan file, JSON or YAML: one plan, a list of plans, or
 * `{ plans, assignments, splits?, cancellations? }`. Without assignments the plans apply to nobody,
 * so the caller must say who is on them (`defaultAssignments`, e.g. the demo's account executives).
 */
export function readPlanFile(file: string, defaultAssignments?: (planIds: string[]) => PlanAssignment[]): CompensationSetup {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`Cannot read --plan ${file}: ${(error as Error).message}`, 2);
  }
  let document: unknown;
  try {
    // YAML is a superset of JSON, so one parser reads both.
    document = parseYaml(text);
  } catch (error) {
    throw new CliError(`${file} is neither JSON nor YAML: ${(error as Error).message.split("\n")[0]}`, 2);
  }
  const wrapped = typeof document === "object" && document !== null && !Array.isArray(document) && "plans" in document;
  const body = (wrapped ? document : { plans: Array.isArray(document) ? document : [document] }) as Record<string, unknown>;
  const plans = unwrap(parsePlans(body.plans), file);
  let assignments: PlanAssignment[];
  if (body.assignments !== undefined) assignments = unwrap(parseAssignments(body.assignments), file);
  else if (defaultAssignments) assignments = defaultAssignments(plans.map((plan) => plan.id));
  else throw new CliError(`${file} says nothing of who is on its plans: add "assignments": [{ "repId": …, "planId": …, "from": "YYYY-MM-DD", "to": null }].`, 2);
  return {
    plans,
    assignments,
    splits: body.splits === undefined ? undefined : unwrap(parseSplits(body.splits), file),
    cancellations: body.cancellations === undefined ? undefined : unwrap(parseCancellations(body.cancellations), file),
  };
}
