import { quoteSalesforce, SIGN_IN_REQUIRED } from "./faultMessages";
import { SalesforceError } from "./salesforceError";

/** Which token request failed: the words differ (a refresh failure just means "sign in again"). */
export type TokenGrant = "authorization_code" | "refresh_token";

/**
 * The error for an OAuth error body `{ error, error_description }` from the token endpoint, in words
 * that say who must do what.
 * @example oauthError("refresh_token", 400, "invalid_grant", "expired access/refresh token").code // "sign_in_required"
 */
export function oauthError(grant: TokenGrant, status: number, error: string, description: string, redirectUri?: string): SalesforceError {
  const details = { status, salesforceCode: error };
  const said = `(Salesforce said: ${error}${description ? `, ${quoteSalesforce(description)}` : ""})`;
  if (grant === "refresh_token" && (error === "invalid_grant" || error === "inactive_user" || error === "invalid_client_id")) {
    // A revoked, expired or rotated-away refresh token: nothing to fix, just sign in again.
    return new SalesforceError("sign_in_required", `${SIGN_IN_REQUIRED} ${said}`, details);
  }
  switch (error) {
    case "invalid_grant":
      return new SalesforceError("sign_in_failed", `The sign-in did not complete ${said}: the code expired or was already used. Sign in again.`, details);
    case "invalid_client":
    case "invalid_client_id":
    case "invalid_client_credentials":
      return new SalesforceError(
        "sign_in_failed",
        `Salesforce did not accept the add-in's connected app ${said}. Ask your admin to check the consumer key in the SalesOps connection settings, and to untick "Require Secret for Web Server Flow" and "Require Secret for Refresh Token Flow" in the connected app's OAuth settings: the add-in proves itself with PKCE, it cannot keep a secret.`,
        details,
      );
    case "redirect_uri_mismatch":
      return new SalesforceError(
        "sign_in_failed",
        `The add-in's callback URL${redirectUri ? ` ${redirectUri}` : ""} is not one of the connected app's callback URLs ${said}. Ask your admin to add it, exactly as written, to the connected app's Callback URL list.`,
        details,
      );
    case "inactive_user":
    case "inactive_org":
      return new SalesforceError("sign_in_failed", `Your Salesforce user or org is inactive or locked ${said}. Ask your admin.`, details);
    case "unsupported_grant_type":
      return new SalesforceError("sign_in_failed", `The connected app does not allow this sign-in ${said}. Ask your admin to enable the authorization code and refresh token flows for it.`, details);
    default:
      return new SalesforceError("sign_in_failed", `Salesforce refused the sign-in ${said}. Sign in again; if it keeps failing, show this message to your admin.`, details);
  }
}
