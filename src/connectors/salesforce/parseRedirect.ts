import { quoteSalesforce } from "./faultMessages";
import { SalesforceError } from "./salesforceError";

/**
 * Reads the redirect the sign-in dialog landed on (its full URL, which the dialog page sends to the task
 * pane) and returns the authorization code. Throws `state_mismatch` when `state` is not the one this
 * sign-in sent (a redirect from another sign-in or a forged one: its code must not be used),
 * `sign_in_cancelled` when the user denied access, `sign_in_failed` for any other OAuth error.
 * The web server flow puts the parameters in the query; the fragment is read too, for robustness.
 * @example parseRedirect("https://salesops.example.com/auth.html?code=aPrx…&state=xyz", "xyz") // { code: "aPrx…" }
 */
export function parseRedirect(url: string, expectedState: string): { code: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SalesforceError("sign_in_failed", "The sign-in window returned an address SalesOps cannot read. Sign in again.");
  }
  const params = new URLSearchParams(parsed.search);
  if (!params.has("code") && !params.has("error")) for (const [key, value] of new URLSearchParams(parsed.hash.slice(1))) params.set(key, value);
  const error = params.get("error");
  const description = params.get("error_description") ?? "";
  const state = params.get("state");
  const stateMismatch = (): never =>
    fail("state_mismatch", "The sign-in answer does not belong to this sign-in (its state does not match), so it was ignored. Close other Salesforce sign-in windows and sign in again.");
  // An error redirect may lack state (Salesforce drops it on some early failures); it carries no code to misuse.
  if (error) {
    if (state !== null && state !== expectedState) return stateMismatch();
    const said = `(Salesforce said: ${error}${description ? `, ${quoteSalesforce(description)}` : ""})`;
    if (error === "access_denied") return fail("sign_in_cancelled", `Salesforce access was not granted ${said}. Sign in again and choose Allow to let SalesOps read your data.`, error);
    return fail("sign_in_failed", `Salesforce could not sign you in ${said}. Sign in again; if it keeps failing, show this message to your admin.`, error);
  }
  if (state !== expectedState) return stateMismatch();
  const code = params.get("code");
  if (!code) return fail("sign_in_failed", "The sign-in window returned without an authorization code. Sign in again.");
  return { code };
}

function fail(code: "sign_in_cancelled" | "sign_in_failed" | "state_mismatch", message: string, salesforceCode?: string): never {
  throw new SalesforceError(code, message, { salesforceCode });
}
