/*
 * Everything user-supplied that goes into a SOQL string passes through here. SOQL has no bind
 * parameters over REST, so field names are checked against the shape of API names (letters, digits,
 * single underscores, a namespace prefix and a __c/__r suffix) and dates are rebuilt from parsed
 * numbers: nothing else can reach the query text.
 */
import { SalesforceError } from "./salesforceError";

/** One segment: `Region__c`, `acme__Region__c`, `Product__r`, `Account`. */
const API_NAME = /^(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*__)?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*(?:__[cr])?$/;
const MAX_SEGMENTS = 5;
const MAX_SEGMENT_LENGTH = 80;

/**
 * Whether a text is a field API name or a relationship path (`Product__r.Family__c`, up to 5 levels,
 * as SOQL allows).
 * @example isFieldPath("Region__c") // true
 * @example isFieldPath("Region__c FROM User --") // false
 */
export function isFieldPath(text: string): boolean {
  const segments = text.split(".");
  return segments.length <= MAX_SEGMENTS && segments.every((segment) => segment.length <= MAX_SEGMENT_LENGTH && API_NAME.test(segment));
}

/**
 * Returns the field path unchanged, or throws `invalid_mapping` naming it.
 * @example assertFieldPath("Region c") // throws SalesforceError invalid_mapping
 */
export function assertFieldPath(text: string): string {
  if (isFieldPath(text)) return text;
  throw new SalesforceError(
    "invalid_mapping",
    `"${text}" is not a Salesforce field API name. Use the field's API name from Setup → Object Manager → Opportunity → Fields & Relationships, such as Region__c (or a relationship path such as Product__r.Family__c).`,
    { field: text, object: "Opportunity" },
  );
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3})\d*)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Milliseconds since the epoch of a datetime as Salesforce writes it (`2026-11-27T10:15:00.000+0000`:
 * an offset without a colon, which Date.parse need not accept), or null.
 * @example parseSalesforceDateTime("1970-01-01T00:00:01.000+0000") // 1000
 */
export function parseSalesforceDateTime(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const match = DATETIME.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms, zone] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number((ms ?? "0").padEnd(3, "0")));
  if (zone === "Z") return utc;
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * A SOQL datetime literal (`YYYY-MM-DDThh:mm:ssZ`, unquoted) for an instant, in UTC and truncated to
 * the second: with `>` that can only include more records, never fewer.
 * @example soqlDateTime(Date.UTC(2026, 10, 27, 10, 15, 30, 999)) // "2026-11-27T10:15:30Z"
 */
export function soqlDateTime(epochMs: number): string {
  const date = new Date(epochMs);
  if (Number.isNaN(date.getTime())) throw new RangeError("soqlDateTime needs a valid instant");
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}Z`;
}

const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** A record id as a quoted SOQL string literal, after checking it is one (15 or 18 letters and digits). @example soqlId("0DbB0000000ABCDKA2") // "'0DbB0000000ABCDKA2'" */
export function soqlId(id: string): string {
  if (!RECORD_ID.test(id)) throw new SalesforceError("invalid_mapping", `"${id}" is not a Salesforce record id (15 or 18 letters and digits).`);
  return `'${id}'`;
}
