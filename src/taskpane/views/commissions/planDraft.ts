/*
 * The plan editor's form as text, and back to a plan. Numbers are typed the way people say them:
 * rates and attainment as percentages ("8" or "8%" is 0.08), amounts with separators or k/M.
 * A field that is not a number is reported on the field; otherwise the plan goes through the same
 * parsePlan (zod schema, then checkTiers) as the plan tables, and each issue lands on the field its
 * path names — so the pane, the tables and the CLI agree on what a valid plan is.
 */
import { formatIssuePath, parsePlan, type Plan, type PlanTier } from "../../../core/commission";
import { parseAmountInput } from "../forecast/amountInput";

export interface TierDraft {
  /** Stable across edits, for React's list keys. */
  key: number;
  threshold: string;
  rate: string;
  label: string;
}

export interface PlanDraft {
  planId: string;
  targetIncentive: string;
  capPerDeal: string;
  capPerPeriod: string;
  capMultiple: string;
  gate: string;
  tiers: TierDraft[];
}

/** Field keys are issue paths as formatIssuePath writes them: "rates.tiers[2].threshold". */
export type DraftErrors = Record<string, string>;

export const FIELD_KEYS = {
  targetIncentive: "targetIncentive",
  capPerDeal: "caps.perDeal",
  capPerPeriod: "caps.perPeriod",
  capMultiple: "caps.targetIncentiveMultiple",
  gate: "gate.minAttainment",
  tiers: "rates.tiers",
} as const;
export const tierKey = (index: number, field: "threshold" | "rate" | "label") => `rates.tiers[${index}].${field}`;

let nextKey = 1;
const percentText = (fraction: number) => String(Number((fraction * 100).toFixed(6)));
const amountText = (amount: number | null) => (amount === null ? "" : String(amount));

/** Thresholds are percentages of quota on an attainment plan, amounts on an amount plan. */
export const thresholdIsPercent = (plan: Pick<Plan, "rates">) => plan.rates.on === "attainment";

export function newTier(threshold: string, rate: string): TierDraft {
  return { key: nextKey++, threshold, rate, label: "" };
}

/** The form as it opens on a plan. */
export function draftFromPlan(plan: Plan): PlanDraft {
  const percent = thresholdIsPercent(plan);
  return {
    planId: plan.id,
    targetIncentive: amountText(plan.targetIncentive),
    capPerDeal: amountText(plan.caps.perDeal),
    capPerPeriod: amountText(plan.caps.perPeriod),
    capMultiple: amountText(plan.caps.targetIncentiveMultiple),
    gate: plan.gate ? percentText(plan.gate.minAttainment) : "",
    tiers: plan.rates.tiers.map((tier) => ({ key: nextKey++, threshold: percent ? percentText(tier.threshold) : String(tier.threshold), rate: percentText(tier.rate), label: tier.label ?? "" })),
  };
}

/**
 * "8", "8%", "12.5 %" → 0.08, 0.08, 0.125; blank → null; anything else "invalid".
 * @example parsePercentInput("12.5%") // 0.125
 */
export function parsePercentInput(text: string): number | null | "invalid" {
  const cleaned = text.replace(/[\s,]/g, "").replace(/%$/, "");
  if (cleaned === "") return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return "invalid";
  return Number((Number(cleaned) / 100).toFixed(10));
}

const PERCENT_HELP = "Type a percentage such as 8 or 12.5%.";
const AMOUNT_HELP = "Type an amount such as 40,000 or 40k, or leave it blank for none.";

/**
 * The plan the form describes, or the errors that keep it from being saved (keyed by field).
 * @example planFromDraft(DEMO_AE_PLAN, { ...draftFromPlan(DEMO_AE_PLAN), capPerDeal: "50k" }).plan?.caps.perDeal // 50000
 */
export function planFromDraft(plan: Plan, draft: PlanDraft): { plan: Plan | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const amount = (key: string, text: string): number | null => {
    const value = parseAmountInput(text);
    if (value === "invalid") errors[key] = AMOUNT_HELP;
    return value === "invalid" ? null : value;
  };
  const percent = (key: string, text: string, required: boolean): number | null => {
    const value = parsePercentInput(text);
    if (value === "invalid" || (required && value === null)) errors[key] = value === null ? `Required. ${PERCENT_HELP}` : PERCENT_HELP;
    return value === "invalid" ? null : value;
  };
  const targetIncentive = amount(FIELD_KEYS.targetIncentive, draft.targetIncentive);
  const caps = { perDeal: amount(FIELD_KEYS.capPerDeal, draft.capPerDeal), perPeriod: amount(FIELD_KEYS.capPerPeriod, draft.capPerPeriod), targetIncentiveMultiple: amount(FIELD_KEYS.capMultiple, draft.capMultiple) };
  const gate = percent(FIELD_KEYS.gate, draft.gate, false);
  const tiers = draft.tiers.map((tier, i) => {
    const threshold = thresholdIsPercent(plan) ? percent(tierKey(i, "threshold"), tier.threshold, true) : amount(tierKey(i, "threshold"), tier.threshold);
    if (!thresholdIsPercent(plan) && threshold === null && !errors[tierKey(i, "threshold")]) errors[tierKey(i, "threshold")] = "Required: the credit at which this tier starts.";
    const rate = percent(tierKey(i, "rate"), tier.rate, true);
    const label = tier.label.trim();
    return { threshold: threshold ?? 0, rate: rate ?? 0, ...(label ? { label } : {}) };
  });
  if (Object.keys(errors).length > 0) return { plan: null, errors };

  const candidate = { ...plan, targetIncentive, caps, gate: gate === null ? null : { minAttainment: gate }, rates: { ...plan.rates, tiers: withUpTo(plan.rates.tiers, tiers) } };
  const parsed = parsePlan(candidate);
  if (parsed.ok) return { plan: parsed.value, errors };
  for (const issue of parsed.issues) {
    const key = formatIssuePath(issue.path);
    // upTo is kept in step with the thresholds here, so its problems are the thresholds' to fix.
    const field = key.replace(/\.upTo$/, ".threshold");
    errors[field] ??= issue.message;
  }
  return { plan: null, errors };
}

/**
 * A plan written with `upTo` bounds keeps them, set to the next tier's threshold so the table
 * stays self-describing; out-of-order thresholds get none (checkTiers reports the order itself).
 */
function withUpTo(original: readonly PlanTier[], tiers: PlanTier[]): PlanTier[] {
  const hadUpTo = original.some((tier) => tier.upTo !== undefined && tier.upTo !== null);
  const rising = tiers.every((tier, i) => i === 0 || tier.threshold > tiers[i - 1].threshold);
  if (!hadUpTo || !rising) return tiers;
  return tiers.map((tier, i) => (i < tiers.length - 1 ? { ...tier, upTo: tiers[i + 1].threshold } : tier));
}

/** Whether the form differs from the plan it was opened on. */
export function draftChanged(plan: Plan, draft: PlanDraft): boolean {
  const a = draftFromPlan(plan);
  const strip = (d: PlanDraft) => JSON.stringify({ ...d, tiers: d.tiers.map(({ threshold, rate, label }) => ({ threshold, rate, label })) });
  return strip(a) !== strip(draft);
}
