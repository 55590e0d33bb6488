import { z } from "zod";
import { currencyCodeSchema } from "./currency";
import { isIsoDate } from "./isoDate";
import { FORECAST_CATEGORIES } from "./stageMap";

const isoDate = z.string().refine(isIsoDate, "a date in the form YYYY-MM-DD");
const fiscalLabel = z.string().regex(/^FY\d{4}(-(Q[1-4]|M([1-9]|1[0-2])))?$/, "a fiscal label such as FY2027-Q3");
/** Columns a source had beyond the canonical ones: kept and written back, never dropped. */
const extra = z.record(z.string(), z.string());

export const opportunitySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  accountId: z.string(),
  ownerId: z.string().min(1),
  stage: z.string().min(1),
  forecastCategory: z.enum(FORECAST_CATEGORIES),
  /** In `currency`'s major unit, as Excel stores it. */
  amount: z.number().finite(),
  currency: currencyCodeSchema,
  /** 0–1; null when the opportunity has none and the stage's default applies. */
  probability: z.number().min(0).max(1).nullable(),
  createdDate: isoDate,
  closeDate: isoDate,
  type: z.string(),
  product: z.string(),
  termMonths: z.number().positive().nullable(),
  extra,
});
export type Opportunity = z.infer<typeof opportunitySchema>;

export const accountSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  industry: z.string(),
  country: z.string(),
  region: z.string(),
  segment: z.string(),
  employees: z.number().nonnegative().nullable(),
  annualRevenue: z.number().nonnegative().nullable(),
  potential: z.number().nonnegative().nullable(),
  territoryId: z.string(),
  extra,
});
export type Account = z.infer<typeof accountSchema>;

export const repSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  email: z.string(),
  /** Rep, Manager, Director, VP … */
  role: z.string(),
  /** Empty at the top of the hierarchy. */
  managerId: z.string(),
  region: z.string(),
  segment: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  extra,
});
export type Rep = z.infer<typeof repSchema>;

export const quotaSchema = z.object({
  ownerId: z.string().min(1),
  period: fiscalLabel,
  amount: z.number().finite().nonnegative(),
  currency: currencyCodeSchema,
  extra,
});
export type Quota = z.infer<typeof quotaSchema>;

export const territorySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  region: z.string(),
  segment: z.string(),
  ownerId: z.string(),
  /** Empty for a top-level territory. */
  parentId: z.string(),
  extra,
});
export type Territory = z.infer<typeof territorySchema>;

export const snapshotOpportunitySchema = opportunitySchema.extend({ snapshotDate: isoDate });
export type SnapshotOpportunity = z.infer<typeof snapshotOpportunitySchema>;
