import type { Opportunity } from "../model/entities";
import { FORECAST_CATEGORIES } from "../model/stageMap";
import { isoFromParts } from "./coerceDate";

const CATEGORIES = new Set<string>(FORECAST_CATEGORIES);
const CURRENCY = /^[A-Z]{3}$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const isIso = (text: unknown): boolean => {
  if (typeof text !== "string") return false;
  const match = ISO.exec(text);
  return match !== null && isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === text;
};

/**
 * The checks of `opportunitySchema`, by hand: zod costs several microseconds per record, which is
 * most of the time of a million-row import. A test runs both on generated records and expects the
 * same verdict, so the two cannot drift apart. Returns the first failing field, or null when valid.
 * @example checkOpportunity({ ...opportunity, currency: "usd" }) // "currency"
 */
export function checkOpportunity(record: Opportunity): keyof Opportunity | null {
  if (typeof record.id !== "string" || record.id.length === 0) return "id";
  if (typeof record.name !== "string") return "name";
  if (typeof record.accountId !== "string") return "accountId";
  if (typeof record.ownerId !== "string" || record.ownerId.length === 0) return "ownerId";
  if (typeof record.stage !== "string" || record.stage.length === 0) return "stage";
  if (!CATEGORIES.has(record.forecastCategory)) return "forecastCategory";
  if (typeof record.amount !== "number" || !Number.isFinite(record.amount)) return "amount";
  if (typeof record.currency !== "string" || !CURRENCY.test(record.currency)) return "currency";
  const p = record.probability;
  if (p !== null && (typeof p !== "number" || !(p >= 0 && p <= 1))) return "probability";
  if (!isIso(record.createdDate)) return "createdDate";
  if (!isIso(record.closeDate)) return "closeDate";
  if (typeof record.type !== "string") return "type";
  if (typeof record.product !== "string") return "product";
  const term = record.termMonths;
  if (term !== null && (typeof term !== "number" || !Number.isFinite(term) || term <= 0)) return "termMonths";
  if (typeof record.extra !== "object" || record.extra === null || Array.isArray(record.extra)) return "extra";
  for (const value of Object.values(record.extra)) if (typeof value !== "string") return "extra";
  return null;
}
