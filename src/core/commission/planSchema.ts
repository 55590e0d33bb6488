/**
 * The commission plan as saved in JSON/YAML or in workbook tables: one zod schema, the types
 * derived from it. Semantic checks that zod cannot express on one field (tier order, gaps and
 * overlaps) live in planChecks.ts; `parsePlan` runs both.
 */
import { z } from "zod";
import { currencyCodeSchema } from "../model/currency";

/** Bump when the saved shape changes, and add an up-migration to parsePlan. */
export const PLAN_VERSION = 1;

const names = z.array(z.string().min(1));
const positive = z.number().finite().positive();

/**
 * Which deals a multiplier or a bonus looks at. Every given field must hold; an empty condition
 * matches every credited deal. Lists match exactly (case and spaces as in the data).
 */
export const dealConditionSchema = z
  .object({
    /** Deal types, e.g. ["New Business"]. */
    types: names.optional(),
    /** Products, e.g. ["Cloud Platform"]. */
    products: names.optional(),
    /** Term strictly longer than this many months (a deal without a term does not match). */
    termMonthsOver: z.number().finite().nonnegative().optional(),
    /** The deal's credit to this rep, in plan currency, at least this. */
    creditAtLeast: z.number().finite().optional(),
  })
  .strict();
export type DealCondition = z.infer<typeof dealConditionSchema>;

/**
 * One band of the rate table. `threshold` is the band's lower bound: attainment as a fraction of
 * quota (1 = 100%) when the table is `on: "attainment"`, credit in plan currency when `on: "amount"`.
 * `upTo` is optional and only checked: when given it must equal the next tier's threshold (or be
 * empty on the last tier), which is how gaps and overlaps in hand-written tables are caught.
 */
export const tierSchema = z
  .object({
    threshold: z.number("an attainment threshold is a number: 0 for the first tier, 1 for 100%").finite().nonnegative("a threshold can't be negative: use 0 for the first tier, 1 for 100% attainment"),
    upTo: z.number().finite().nullable().optional(),
    /** Paid on credit within the band: 0.1 = 10% of credit. Higher than the band below = accelerator. */
    rate: z.number("a rate is a number: 0.1 for 10% of credit").finite().nonnegative("a rate can't be negative: use 0 for an unpaid band, 0.1 for 10% of credit"),
    label: z.string().optional(),
  })
  .strict();
export type PlanTier = z.infer<typeof tierSchema>;

export const multiplierSchema = z
  .object({
    id: z.string().min(1),
    /** Multiplies the deal's commission (not its credit): 1.5 pays half as much again. */
    factor: positive,
    when: dealConditionSchema.default({}),
  })
  .strict();
export type PlanMultiplier = z.infer<typeof multiplierSchema>;

export const bonusSchema = z
  .object({
    id: z.string().min(1),
    /** A bonus and a SPIF are computed alike; the kind only labels the statement line. */
    kind: z.enum(["bonus", "spif"]),
    /** Fixed amount in plan currency. Not prorated. */
    amount: positive,
    /** "period": paid once when the conditions hold; "deal": paid per matching deal, times the rep's credit share. */
    per: z.enum(["period", "deal"]).default("period"),
    when: z
      .object({
        /** Period attainment (fraction of quota) at least this. */
        attainmentAtLeast: z.number().finite().nonnegative().optional(),
        /** At least this many distinct matching deals credited in the period. Defaults to 1 when types/products are given. */
        minDeals: z.number().int().nonnegative().optional(),
      })
      .extend(dealConditionSchema.shape)
      .strict()
      .default({}),
  })
  .strict();
export type PlanBonus = z.infer<typeof bonusSchema>;

const nullablePositive = positive.nullable().default(null);

export const planSchema = z
  .object({
    version: z.literal(PLAN_VERSION),
    id: z.string().min(1),
    name: z.string().default(""),
    /** Credit, quota, rates, caps and amounts are in this currency. */
    currency: currencyCodeSchema,
    /** The payout period; the engine is asked for a period of this grain. */
    period: z.enum(["month", "quarter", "year"]),
    /** Target incentive per period in plan currency (for the cap as a multiple of it); an assignment may override it. */
    targetIncentive: nullablePositive,
    credit: z
      .object({
        /** Deal types that count; empty = every type. */
        types: names.default([]),
        /** Products that count; empty = every product. */
        products: names.default([]),
        /** amount = the deal amount (TCV); acv = amount ÷ termMonths × 12; firstYear = the part of amount in the first 12 months. */
        basis: z.enum(["amount", "acv", "firstYear"]).default("amount"),
        /** Participants on this plan are also credited with every deal credited to the reps below them. */
        rollUpToManagers: z.boolean().default(false),
      })
      .strict(),
    rates: z
      .object({
        on: z.enum(["attainment", "amount"]).default("attainment"),
        method: z.enum(["marginal", "retroactive"]).default("marginal"),
        tiers: z.array(tierSchema).min(1),
      })
      .strict(),
    multipliers: z.array(multiplierSchema).default([]),
    /** Nothing is earned on credit while attainment is below `minAttainment`. */
    gate: z.object({ minAttainment: positive }).strict().nullable().default(null),
    /** Below `attainment`, tier rates are multiplied by `rateFactor`; once reached, full rates apply to all the period's credit. */
    threshold: z.object({ attainment: positive, rateFactor: z.number().finite().min(0).max(1) }).strict().nullable().default(null),
    caps: z
      .object({
        /** Most commission one deal can earn. */
        perDeal: nullablePositive,
        /** Most commission in one period. */
        perPeriod: nullablePositive,
        /** Most commission in one period as a multiple of the (prorated) target incentive. */
        targetIncentiveMultiple: nullablePositive,
      })
      .strict()
      .default({ perDeal: null, perPeriod: null, targetIncentiveMultiple: null }),
    bonuses: z.array(bonusSchema).default([]),
    /** A guaranteed minimum per period; the shortfall is paid as a draw, recovered from later earnings when recoverable. */
    draw: z.object({ amount: positive, recoverable: z.boolean() }).strict().nullable().default(null),
    /** A deal cancelled within `windowDays` of its close date has its commission reversed in the period of cancellation. */
    clawback: z.object({ windowDays: z.number().int().nonnegative() }).strict().nullable().default(null),
    /** What is prorated by active days when a rep starts, leaves or changes plan mid-period. */
    proration: z
      .object({ quota: z.boolean().default(true), targetIncentive: z.boolean().default(true), draw: z.boolean().default(true) })
      .strict()
      .default({ quota: true, targetIncentive: true, draw: true }),
    /** "ytd": tiers run on year-to-date credit and quota; each period pays YTD earned − paid to date. */
    trueUp: z.enum(["none", "ytd"]).default("none"),
  })
  .strict();

/** A validated plan, every optional part filled in. */
export type Plan = z.infer<typeof planSchema>;
/** A plan as written by hand: optional parts may be left out. */
export type PlanInput = z.input<typeof planSchema>;
