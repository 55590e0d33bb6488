import { SalesforceError } from "./salesforceError";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Checks a login host or instance URL and returns its origin (scheme, host, port; no trailing slash).
 * Only https is accepted, because the bearer token and the refresh token travel to it; plain http only
 * on the loopback address, for the local fake server in tests. A path, query or user name is refused so
 * that no endpoint can be smuggled in (`https://login.salesforce.com/evil?x=`).
 * @example parseSalesforceOrigin("https://acme.my.salesforce.com/", "login host") // "https://acme.my.salesforce.com"
 */
export function parseSalesforceOrigin(text: string, what: "login host" | "instance URL"): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw invalid(text, what, "it is not a web address");
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) throw invalid(text, what, "it must start with https://");
  if (url.username || url.password) throw invalid(text, what, "it must not contain a user name or password");
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) throw invalid(text, what, "it must be the address alone, without a path such as /lightning or ?…");
  return url.origin;
}

function invalid(text: string, what: string, why: string): SalesforceError {
  const examples = what === "login host" ? "https://login.salesforce.com, https://test.salesforce.com for a sandbox, or your My Domain such as https://acme.my.salesforce.com" : "https://acme.my.salesforce.com";
  return new SalesforceError("invalid_url", `"${text}" is not a Salesforce ${what}: ${why}. Use ${examples}.`);
}
