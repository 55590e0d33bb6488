/**
 * Reads a plan from anything (parsed JSON or YAML, a pane form): migrates old versions, validates
 * with the schema, then the cross-field checks. Every problem comes back as an issue with the path
 * and a message that names it, e.g. "rates.tiers[2].threshold must be greater than …".
 */
import type { z } from "zod";
import { Issue, Result, ok } from "../model/result";
import { checkPlan } from "./planChecks";
import { PLAN_VERSION, Plan, planSchema } from "./planSchema";

/** `rates.tiers[2].threshold` from ["rates", "tiers", 2, "threshold"]. @example formatIssuePath(["rates", "tiers", 2, "rate"]) // "rates.tiers[2].rate" */
export function formatIssuePath(path: readonly (string | number | symbol)[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? String(part) : `${text}.${String(part)}`), "");
}

/** zod issues as ours, each message led by the path so it reads on its own. */
export function zodIssues(error: z.ZodError, prefix: Issue["path"] = []): Issue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))];
    const where = formatIssuePath(issue.path);
    return { code: "invalid_plan", path, message: where ? `${where}: ${issue.message}` : issue.message };
  });
}

/** Version 0 (no version field) is the same shape as version 1: stamp it. Later shape changes migrate here. */
function migrate(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const raw = input as Record<string, unknown>;
  return raw.version === undefined ? { ...raw, version: PLAN_VERSION } : raw;
}

/**
 * Validates a plan. Never throws for bad input: problems are issues with a path.
 * @example parsePlan({ id: "AE", currency: "USD", period: "quarter", credit: {}, rates: { tiers: [{ threshold: 0, rate: 0.1 }] } }).ok // true
 * @example parsePlan({ …, rates: { tiers: [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }, { threshold: 1, rate: 0.2 }] } })
 * // { ok: false, issues: [{ code: "tier_order", path: ["rates", "tiers", 2, "threshold"], message: "tiers[2].threshold must be greater than tiers[1].threshold (1 is not above 1)." }] }
 */
export function parsePlan(input: unknown): Result<Plan> {
  const parsed = planSchema.safeParse(migrate(input));
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = checkPlan(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : ok(parsed.data);
}

/**
 * Validates a list of plans (a JSON file may hold one plan or an array), each issue's path led by
 * the plan's position, and reports two plans sharing an id.
 * @example parsePlans([planA, planB]).ok // true
 */
export function parsePlans(input: unknown): Result<Plan[]> {
  const list = Array.isArray(input) ? input : [input];
  const plans: Plan[] = [];
  const issues: Issue[] = [];
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const result = parsePlan(item);
    if (!result.ok) {
      issues.push(...result.issues.map((issue) => ({ ...issue, path: ["plans", i, ...issue.path] })));
      return;
    }
    if (ids.has(result.value.id)) issues.push({ code: "duplicate_id", path: ["plans", i, "id"], message: `Plan id "${result.value.id}" is used by two plans: give each plan its own id.` });
    ids.add(result.value.id);
    plans.push(result.value);
  });
  return issues.length > 0 ? { ok: false, issues } : ok(plans);
}
