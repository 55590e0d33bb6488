/** The org's daily API usage as the Sforce-Limit-Info response header reports it. */
export interface ApiUsage {
  used: number;
  limit: number;
}

const API_USAGE = /(?:^|[;,\s])api-usage=(\d+)\/(\d+)/i;

/**
 * Reads `api-usage=N/M` from a Sforce-Limit-Info header value (which may carry other parts such as
 * `per-app-api-usage=…`), or null when the header is absent or has no api-usage.
 * @example parseLimitInfo("api-usage=18/5000; per-app-api-usage=17/250(appName=x)") // { used: 18, limit: 5000 }
 */
export function parseLimitInfo(header: string | null | undefined): ApiUsage | null {
  if (!header) return null;
  const match = API_USAGE.exec(header);
  return match ? { used: Number(match[1]), limit: Number(match[2]) } : null;
}

// A fixed locale, so the message reads the same in every task pane and terminal.
const COUNT = new Intl.NumberFormat("en-US");

/**
 * The usage in words, for messages: "15,000 of its 15,000 daily requests".
 * @example describeUsage({ used: 15000, limit: 15000 }) // "15,000 of its 15,000 daily requests"
 */
export function describeUsage(usage: ApiUsage): string {
  return `${COUNT.format(usage.used)} of its ${COUNT.format(usage.limit)} daily requests`;
}

/** The header as Salesforce wrote it, for quoting. @example usageHeaderText({ used: 15000, limit: 15000 }) // "api-usage=15000/15000" */
export const usageHeaderText = (usage: ApiUsage): string => `api-usage=${usage.used}/${usage.limit}`;
