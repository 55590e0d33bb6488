/*
 * The words the task pane and the CLI show for each fault, kept in one place so they stay consistent and
 * every one ends with what the user (or their admin) can do about it.
 */
import { type ApiUsage, describeUsage, usageHeaderText } from "./limitInfo";

/**
 * Salesforce's own words, trimmed to one line: query errors repeat the query with a caret under the bad token.
 * @example quoteSalesforce("\nSELECT Foo__c FROM Opportunity\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo__c'") // "No such column 'Foo__c'"
 */
export function quoteSalesforce(message: string): string {
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^\^+$/.test(line) && !/^ERROR at Row:/.test(line));
  const text = (lines.length > 1 ? lines[lines.length - 1] : lines[0] ?? "").trim();
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

export const SIGN_IN_REQUIRED = "Your Salesforce session has expired: sign in again.";

/**
 * @example apiLimitMessage({ used: 15000, limit: 15000 }, "TotalRequests Limit exceeded.")
 * // "Salesforce refused more API requests: the org has used 15,000 of its 15,000 daily requests (Sforce-Limit-Info api-usage=15000/15000). Try again after the limit resets, …"
 */
export function apiLimitMessage(usage: ApiUsage | null, salesforceMessage: string): string {
  const advice =
    "Try again after the limit resets, or ask your admin to raise the org's API request limit or to find the integration using it up (Setup → System Overview shows the usage).";
  if (usage && usage.used >= usage.limit) {
    return `Salesforce refused more API requests: the org has used ${describeUsage(usage)} (Sforce-Limit-Info ${usageHeaderText(usage)}). ${advice}`;
  }
  const said = salesforceMessage ? ` (Salesforce said: ${quoteSalesforce(salesforceMessage)})` : "";
  // Below the daily limit, REQUEST_LIMIT_EXCEEDED means too many long-running requests at once.
  const used = usage ? ` The org has used ${describeUsage(usage)} (Sforce-Limit-Info ${usageHeaderText(usage)}).` : "";
  return `Salesforce refused more API requests${said}.${used} Too many requests may be running in the org at once: try again in a few minutes; if it keeps happening, ${advice.charAt(0).toLowerCase()}${advice.slice(1)}`;
}

/** @example unavailableMessage(503, 5) // "Salesforce did not answer (HTTP 503) after 5 attempts: …" */
export function unavailableMessage(status: number, attempts: number): string {
  return `Salesforce did not answer (HTTP ${status}) after ${attempts} attempts: it may be down for maintenance. Check https://status.salesforce.com and try again later.`;
}

/** @example networkMessage("acme.my.salesforce.com", 5) // "Salesforce (acme.my.salesforce.com) could not be reached after 5 attempts: …" */
export function networkMessage(host: string, attempts: number): string {
  return `Salesforce (${host}) could not be reached after ${attempts} attempt${attempts === 1 ? "" : "s"}: check your internet connection, proxy or VPN, and try again.`;
}

/**
 * What the admin must change when the browser refuses Salesforce's answers for CORS.
 * @example corsMessage("https://salesops.example.com", "acme.my.salesforce.com").includes("Allowed Origins List") // true
 */
export function corsMessage(origin: string, host: string): string {
  return (
    `Your browser blocked Salesforce's answer from ${host} because the add-in's address ${origin} is not allowed by your org's CORS settings. ` +
    `Ask your Salesforce admin to open Setup → CORS, add "${origin}" to the Allowed Origins List (New → Origin URL Pattern: ${origin}), ` +
    `and tick "Enable CORS for OAuth endpoints" on the same page so that sign-in works too; then sign in with your My Domain login URL (https://yourcompany.my.salesforce.com).`
  );
}

/**
 * @example invalidFieldMessage("Region__c", "Opportunity", "No such column 'Region__c' on entity 'Opportunity'.", true)
 * // "The field Region__c in your mapping does not exist on Opportunity in this org (Salesforce said: No such column …). Fix the field name in the mapping or ask your admin for access."
 */
export function invalidFieldMessage(field: string, object: string, salesforceMessage: string, inMapping: boolean): string {
  const said = `(Salesforce said: ${quoteSalesforce(salesforceMessage)})`;
  if (inMapping) return `The field ${field} in your mapping does not exist on ${object} in this org ${said}. Fix the field name in the mapping or ask your admin for access.`;
  if (field === "CurrencyIsoCode") {
    return `This org is not multi-currency: ${object} has no CurrencyIsoCode field ${said}. Turn off "multi-currency org" in the Salesforce connection settings.`;
  }
  return `The field ${field} that SalesOps reads does not exist on ${object} in this org, or your user cannot see it ${said}. Ask your admin to give your profile read access to ${object}.${field}.`;
}

/** @example invalidQueryMessage("Opportunity", "unexpected token: FORM") // "Salesforce refused the query on Opportunity (Salesforce said: unexpected token: FORM). …" */
export function invalidQueryMessage(object: string, salesforceMessage: string): string {
  return `Salesforce refused the query on ${object} (Salesforce said: ${quoteSalesforce(salesforceMessage)}). Check the field names in your mapping.`;
}

/** @example objectNotAvailableMessage("ForecastingQuota", "sObject type 'ForecastingQuota' is not supported.") // "ForecastingQuota is not available in this org or to your user (…). …" */
export function objectNotAvailableMessage(object: string, salesforceMessage: string): string {
  return `${object} is not available in this org or to your user (Salesforce said: ${quoteSalesforce(salesforceMessage)}). Ask your admin to enable it or to give you access.`;
}

/** @example queryRestartedMessage("Opportunity", 2) // "Salesforce dropped the results of the Opportunity query 3 times … (INVALID_QUERY_LOCATOR) …" */
export function queryRestartedMessage(object: string, restarts: number): string {
  return `Salesforce dropped the results of the ${object} query ${restarts + 1} times while they were being read (INVALID_QUERY_LOCATOR): too many queries may be running under your user at once. Close other Salesforce integrations or exports that use your user and refresh again.`;
}

/** @example accessDeniedMessage("API_DISABLED_FOR_ORG", "API is not enabled for this Organization") // "Salesforce API access is turned off for your org or your user (…). Ask your admin for the \"API Enabled\" permission; …" */
export function accessDeniedMessage(salesforceCode: string, salesforceMessage: string): string {
  const said = `(Salesforce said: ${quoteSalesforce(salesforceMessage) || salesforceCode})`;
  if (salesforceCode === "API_DISABLED_FOR_ORG" || salesforceCode === "API_CURRENTLY_DISABLED") {
    return `Salesforce API access is turned off for your org or your user ${said}. Ask your admin for the "API Enabled" permission; API access needs Enterprise, Unlimited, Performance or Developer Edition.`;
  }
  return `Salesforce refused access ${said}. Ask your admin to give your user access to the data SalesOps reads (opportunities, users and forecast quotas).`;
}

/** @example requestFailedMessage(404, "NOT_FOUND", "The requested resource does not exist") // "Salesforce answered HTTP 404 NOT_FOUND: The requested resource does not exist. Try again; …" */
export function requestFailedMessage(status: number, salesforceCode: string, salesforceMessage: string): string {
  const said = salesforceMessage ? `: ${quoteSalesforce(salesforceMessage)}` : "";
  return `Salesforce answered HTTP ${status}${salesforceCode ? ` ${salesforceCode}` : ""}${said}. Try again; if it keeps happening, tell your admin this message.`;
}

/** @example unexpectedResponseMessage("a query result without records") // "Salesforce sent an answer SalesOps does not understand (a query result without records). …" */
export function unexpectedResponseMessage(what: string): string {
  return `Salesforce sent an answer SalesOps does not understand (${what}). Try again; if it keeps happening, check that the instance URL points at your Salesforce org.`;
}

export const CANCELLED = "The Salesforce refresh was cancelled.";
