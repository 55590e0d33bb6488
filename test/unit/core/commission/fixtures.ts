/** Small hand-made data sets for the commission tests: one fiscal year starting in February, USD corporate. */
import type { PlanAssignment } from "../../../../src/core/commission/assignments";
import { parsePlan } from "../../../../src/core/commission/parsePlan";
import type { Plan, PlanInput } from "../../../../src/core/commission/planSchema";
import type { CommissionData, CommissionInput, StatementLine } from "../../../../src/core/commission/types";
import type { FxRate } from "../../../../src/core/model/currency";
import type { Opportunity, Quota, Rep } from "../../../../src/core/model/entities";
import { DEFAULT_SETTINGS } from "../../../../src/core/model/settings";

/** A valid plan from the parts a test cares about; throws if the test wrote an invalid one. */
export function plan(overrides: Partial<PlanInput> = {}): Plan {
  const result = parsePlan({
    version: 1,
    id: "P",
    currency: "USD",
    period: "quarter",
    credit: {},
    rates: { tiers: [{ threshold: 0, rate: 0.1 }, { threshold: 1, rate: 0.15 }] },
    ...overrides,
  });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
}

export function rep(id: string, overrides: Partial<Rep> = {}): Rep {
  return { id, name: `Rep ${id}`, email: "", role: "Account Executive", managerId: "", region: "NA", segment: "SMB", startDate: "2020-01-01", endDate: null, extra: {}, ...overrides };
}

let counter = 0;
export function deal(overrides: Partial<Opportunity> = {}): Opportunity {
  counter += 1;
  return {
    id: `O${String(counter).padStart(5, "0")}`,
    name: "",
    accountId: "A1",
    ownerId: "R1",
    stage: "Closed Won",
    forecastCategory: "Closed",
    amount: 10_000,
    currency: "USD",
    probability: null,
    createdDate: "2026-01-01",
    closeDate: "2026-05-15",
    type: "New Business",
    product: "Platform",
    termMonths: 12,
    extra: {},
    ...overrides,
  };
}

export const quota = (ownerId: string, period: string, amount: number, currency = "USD"): Quota => ({ ownerId, period, amount, currency, extra: {} });

export function data(parts: Partial<CommissionData> = {}): CommissionData {
  return { settings: DEFAULT_SETTINGS, opportunities: [], reps: [rep("R1")], quotas: [quota("R1", "FY2027-Q2", 100_000)], fxRates: [] as FxRate[], ...parts };
}

export const assign = (repId: string, planId = "P", from = "2020-01-01", to: string | null = null, more: Partial<PlanAssignment> = {}): PlanAssignment => ({ repId, planId, from, to, quota: null, targetIncentive: null, ...more });

/** Q2 of FY2027 runs 2026-05-01 … 2026-07-31 with a February fiscal year. */
export function input(plans: Plan[], parts: Partial<CommissionData>, more: Partial<CommissionInput> = {}): CommissionInput {
  return { plans, assignments: [assign("R1")], data: data(parts), period: "FY2027-Q2", priorState: "fresh", ...more };
}

export const cents = (lines: readonly Pick<StatementLine, "amount">[]): number => lines.reduce((sum, line) => sum + Math.round(line.amount * 100), 0);
