import type { ApiUsage } from "./limitInfo";

/**
 * Every way a Salesforce call can fail that the user must hear about. The code is stable (the task pane
 * and the CLI branch on it, tests assert it); the message says what happened and what to do.
 */
export const SALESFORCE_ERROR_CODES = [
  /** The session expired and could not be renewed: sign in again. */
  "sign_in_required",
  /** The sign-in itself failed (the OAuth server refused the code, the client id, the callback URL…). */
  "sign_in_failed",
  /** The user closed or denied the Salesforce consent page. */
  "sign_in_cancelled",
  /** The redirect's `state` is not the one this sign-in sent: possibly a forged redirect. */
  "state_mismatch",
  /** A login host or instance URL that is not an https origin. */
  "invalid_url",
  /** REQUEST_LIMIT_EXCEEDED (or 429) after the retries: the org's API requests are used up. */
  "api_limit",
  /** 5xx after the retries: Salesforce is down or in maintenance. */
  "unavailable",
  /** The request never got an answer (offline, DNS, proxy, a dropped connection) after the retries. */
  "network",
  /** The browser refused the response because the add-in's origin is not on the org's CORS allowlist. */
  "cors",
  /** A field name in the user's mapping that is no Salesforce API name (refused before any query is sent). */
  "invalid_mapping",
  /** A field of the query does not exist (or is hidden from the user) on the object. */
  "invalid_field",
  /** The query was refused for another reason (MALFORMED_QUERY without a field we can name). */
  "invalid_query",
  /** The object does not exist in the org or is not visible to the user (INVALID_TYPE). */
  "object_not_available",
  /** INVALID_QUERY_LOCATOR kept coming back after the query was restarted. */
  "query_restarted",
  /** 403 other than the request limit: no API access, a missing permission. */
  "access_denied",
  /** A 2xx answer that is not the JSON Salesforce documents. */
  "unexpected_response",
  /** Any other HTTP error, with Salesforce's own words. */
  "request_failed",
  /** The caller's AbortSignal fired. */
  "cancelled",
] as const;
export type SalesforceErrorCode = (typeof SALESFORCE_ERROR_CODES)[number];

export interface SalesforceErrorDetails {
  /** HTTP status of the last response, when there was one. */
  status?: number;
  /** Salesforce's own `errorCode` (INVALID_FIELD…) or the OAuth `error` (invalid_grant…). */
  salesforceCode?: string;
  /** The field an `invalid_field` error names. */
  field?: string;
  /** The object (sObject type) the error is about. */
  object?: string;
  /** The last Sforce-Limit-Info usage seen, quoted in `api_limit` messages. */
  apiUsage?: ApiUsage | null;
  cause?: unknown;
}

/**
 * A Salesforce failure the user can act on: `code` for the program, `message` for the person.
 * @example new SalesforceError("network", "Salesforce could not be reached.").code // "network"
 */
export class SalesforceError extends Error {
  override name = "SalesforceError";
  readonly status?: number;
  readonly salesforceCode?: string;
  readonly field?: string;
  readonly object?: string;
  readonly apiUsage?: ApiUsage | null;

  constructor(
    readonly code: SalesforceErrorCode,
    message: string,
    details: SalesforceErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.salesforceCode = details.salesforceCode;
    this.field = details.field;
    this.object = details.object;
    this.apiUsage = details.apiUsage;
  }
}

/**
 * Misuse of the connector's own API (a batch size out of range, a malformed API version): a bug in the
 * caller, not something a user can fix, so it is kept apart from SalesforceError.
 */
export class SalesforceUsageError extends Error {
  override name = "SalesforceUsageError";
}

/**
 * Whether a value is a SalesforceError, optionally with one of the given codes.
 * @example isSalesforceError(new SalesforceError("cors", "…"), "cors", "network") // true
 */
export function isSalesforceError(value: unknown, ...codes: SalesforceErrorCode[]): value is SalesforceError {
  return value instanceof SalesforceError && (codes.length === 0 || codes.includes(value.code));
}
