/*
 * The two pages of the Salesforce sign-in dialog, and the checks both sides share. Office opens the
 * dialog on auth-start.html (Office requires the dialog's first page on the add-in's own domain),
 * which sends the window on to Salesforce's authorize endpoint; Salesforce redirects back to
 * auth-callback.html (the connected app's callback URL), which hands its address to the pane with
 * Office.context.ui.messageParent. Both pages are built by webpack.config.js from authStart.ts and
 * authCallback.ts, each one small self-contained script with nothing of the pane in it.
 */

export const AUTH_START_PAGE = "auth-start.html";
export const AUTH_CALLBACK_PAGE = "auth-callback.html";
/** The query parameter of auth-start.html that carries the authorize URL. */
export const AUTHORIZE_PARAMETER = "authorize";

/**
 * The domains Salesforce serves sign-in from: production and sandbox login, My Domain
 * (acme.my.salesforce.com, acme--uat.sandbox.my.salesforce.com), Government Cloud (salesforce.mil)
 * and the older force.com and cloudforce.com hosts. The start page sends the window only there, so
 * it cannot be used to send a user anywhere else with the add-in's address in the link.
 */
export const SALESFORCE_LOGIN_DOMAINS = ["salesforce.com", "force.com", "salesforce.mil", "cloudforce.com"] as const;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Whether a URL is on a Salesforce sign-in domain over https (or on this computer's loopback
 * address, where the tests' local Salesforce runs).
 * @example isSalesforceLoginUrl(new URL("https://acme.my.salesforce.com/")) // true
 * @example isSalesforceLoginUrl(new URL("https://salesforce.com.evil.example/")) // false
 */
export function isSalesforceLoginUrl(url: URL): boolean {
  if (LOOPBACK.has(url.hostname)) return url.protocol === "https:" || url.protocol === "http:";
  if (url.protocol !== "https:") return false;
  const host = url.hostname.toLowerCase();
  return SALESFORCE_LOGIN_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The callback page's address beside `page` (the pane's or the start page's URL), without query or fragment. */
export function callbackUrlBeside(page: string): string {
  const url = new URL(AUTH_CALLBACK_PAGE, page);
  url.search = "";
  url.hash = "";
  return url.href;
}

/**
 * The address of the dialog's first page for an authorize URL.
 * @example authStartUrl("https://salesops.example.com/taskpane.html", "https://login.salesforce.com/services/oauth2/authorize?…") // "https://salesops.example.com/auth-start.html?authorize=https%3A%2F%2F…"
 */
export function authStartUrl(page: string, authorizeUrl: string): string {
  const url = new URL(AUTH_START_PAGE, page);
  url.search = new URLSearchParams({ [AUTHORIZE_PARAMETER]: authorizeUrl }).toString();
  url.hash = "";
  return url.href;
}

/** Where the start page sends the window, or why it will not. */
export type AuthorizeTarget = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Reads the start page's address: the authorize URL must be Salesforce's authorize endpoint on a
 * sign-in domain, asking for a code to be sent to this add-in's own callback page.
 * @example authorizeTarget("https://salesops.example.com/auth-start.html?authorize=…").ok // true for a genuine sign-in
 */
export function authorizeTarget(startPage: string): AuthorizeTarget {
  const given = new URL(startPage).searchParams.get(AUTHORIZE_PARAMETER);
  if (!given) return { ok: false, reason: "This window was opened without a Salesforce sign-in address." };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return { ok: false, reason: "The Salesforce sign-in address is not a web address." };
  }
  if (!isSalesforceLoginUrl(url)) return { ok: false, reason: `${url.origin} is not a Salesforce sign-in address.` };
  if (url.pathname !== "/services/oauth2/authorize" || url.username || url.password) return { ok: false, reason: "The address is not Salesforce's sign-in page." };
  if (url.searchParams.get("redirect_uri") !== callbackUrlBeside(startPage)) return { ok: false, reason: "The sign-in would not come back to SalesOps." };
  return { ok: true, url: url.href };
}
