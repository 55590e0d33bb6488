import { z } from "zod";

const values = z.array(z.string().trim().min(1));
const employees = z.number().finite().nonnegative().nullable();

/**
 * One assignment rule: the accounts it matches go to `territoryId`. Every criterion given must match
 * (AND); within a criterion any listed value matches (OR); an empty list matches anything. Text is
 * compared trimmed and ignoring case; account ids exactly (trimmed). The employee band is
 * `employeesMin ≤ employees < employeesMax` (either end open when null) so adjacent bands such as
 * 0–1000 and 1000–5000 never overlap; an account without an employee count matches only rules
 * without a band. The smallest `priority` wins (1 before 2); rules with no criteria match every
 * account, which makes a catch-all at a low priority.
 */
export const assignmentRuleSchema = z
  .object({
    id: z.string().trim().min(1),
    priority: z.number().finite(),
    territoryId: z.string().trim().min(1),
    regions: values,
    countries: values,
    industries: values,
    segments: values,
    employeesMin: employees,
    employeesMax: employees,
    /** Named accounts: the rule matches only these account ids. */
    accountIds: values,
  })
  .refine((rule) => rule.employeesMin === null || rule.employeesMax === null || rule.employeesMin < rule.employeesMax, {
    message: "the employee band's minimum must be below its maximum",
    path: ["employeesMax"],
  });
export type AssignmentRule = z.infer<typeof assignmentRuleSchema>;

/** The text criteria of a rule and the account field each one reads. */
export const TEXT_CRITERIA = [
  { rule: "regions", account: "region" },
  { rule: "countries", account: "country" },
  { rule: "industries", account: "industry" },
  { rule: "segments", account: "segment" },
] as const;

/**
 * A rule with every criterion open, for building rules in code.
 * @example assignmentRule({ id: "R1", priority: 1, territoryId: "T1", regions: ["EMEA"] }).countries // []
 */
export function assignmentRule(partial: Partial<AssignmentRule> & Pick<AssignmentRule, "id" | "priority" | "territoryId">): AssignmentRule {
  return { regions: [], countries: [], industries: [], segments: [], employeesMin: null, employeesMax: null, accountIds: [], ...partial };
}
