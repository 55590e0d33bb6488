/** OAuth 2.0 web server flow with PKCE, refresh tokens and revocation. */
import { createHash, createHmac } from "node:crypto";
import { DEFAULT_CLIENT_ID, startFakeSalesforce, type FakeSalesforce } from "./index";
import { api, soql } from "./testClient";

let sf: FakeSalesforce;
beforeAll(async () => {
  sf = await startFakeSalesforce({
    clients: [
      { clientId: DEFAULT_CLIENT_ID, redirectUris: ["https://localhost:3000/auth/callback.html"] },
      { clientId: "confidential-app", clientSecret: "s3cret", requireSecret: true },
    ],
  });
});
afterAll(() => sf.close());

const REDIRECT = "https://localhost:3000/auth/callback.html";
const VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-a-long-enough-verifier";
const CHALLENGE = createHash("sha256").update(VERIFIER).digest("base64url");

const tokenRequest = (form: Record<string, string>) =>
  api(sf, "/services/oauth2/token", { method: "POST", token: null, headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form).toString() });

async function authorize(params: Record<string, string>): Promise<URL> {
  const query = new URLSearchParams({ response_type: "code", client_id: DEFAULT_CLIENT_ID, redirect_uri: REDIRECT, code_challenge: CHALLENGE, code_challenge_method: "S256", state: "xyz 123", ...params });
  const response = await fetch(`${sf.url}/services/oauth2/authorize?${query}`, { redirect: "manual" });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location") as string);
}

describe("authorize", () => {
  it("approves at once: a 302 to the redirect URI with a code and the state", async () => {
    const location = await authorize({});
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get("state")).toBe("xyz 123");
    expect(location.searchParams.get("code")).toMatch(/^aPrx/);
  });

  it("refuses unknown clients and unregistered redirect URIs; redirects errors it can", async () => {
    const unknown = await api(sf, `/services/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=${encodeURIComponent(REDIRECT)}`, { token: null });
    expect(unknown.body).toEqual({ error: "invalid_client_id", error_description: "client identifier invalid" });
    const mismatch = await api(sf, `/services/oauth2/authorize?response_type=code&client_id=${DEFAULT_CLIENT_ID}&redirect_uri=${encodeURIComponent("https://evil.example/cb")}`, { token: null });
    expect(mismatch.body).toEqual({ error: "redirect_uri_mismatch", error_description: "redirect_uri must match configuration" });
    expect((await authorize({ response_type: "token" })).searchParams.get("error")).toBe("unsupported_response_type");
    sf.oauth.approve = false;
    try {
      const denied = await authorize({});
      expect(denied.searchParams.get("error")).toBe("access_denied");
      expect(denied.searchParams.get("state")).toBe("xyz 123");
    } finally {
      sf.oauth.approve = true;
    }
  });
});

describe("token", () => {
  it("exchanges a code and its PKCE verifier for a session the API accepts", async () => {
    const code = (await authorize({})).searchParams.get("code") as string;
    const response = await tokenRequest({ grant_type: "authorization_code", code, client_id: DEFAULT_CLIENT_ID, redirect_uri: REDIRECT, code_verifier: VERIFIER });
    expect(response.status).toBe(200);
    const token = response.body;
    expect(Object.keys(token).sort()).toEqual(["access_token", "id", "instance_url", "issued_at", "refresh_token", "scope", "signature", "token_type"]);
    expect(token).toMatchObject({ instance_url: sf.url, token_type: "Bearer", scope: "api refresh_token" });
    expect(token.id).toMatch(new RegExp(`^${sf.url}/id/00D[A-Za-z0-9]{15}/005[A-Za-z0-9]{15}$`));
    expect(token.issued_at).toBe(String(sf.clock.now()));
    expect(token.signature).toBe(createHmac("sha256", "fake-consumer-secret").update(token.id + token.issued_at).digest("base64"));
    expect((await soql(sf, "SELECT Id FROM Account", { token: token.access_token })).status).toBe(200);
    // A code works once.
    const again = await tokenRequest({ grant_type: "authorization_code", code, client_id: DEFAULT_CLIENT_ID, redirect_uri: REDIRECT, code_verifier: VERIFIER });
    expect(again.body).toEqual({ error: "invalid_grant", error_description: "invalid authorization code" });
  });

  it("refuses a wrong or missing verifier, another redirect URI, an expired code and an unknown client", async () => {
    const code = sf.oauth.issueCode({ redirectUri: REDIRECT, codeChallenge: CHALLENGE });
    const base = { grant_type: "authorization_code", code, client_id: DEFAULT_CLIENT_ID, redirect_uri: REDIRECT };
    const wrong = await tokenRequest({ ...base, code_verifier: `${VERIFIER}x` });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: "invalid_grant", error_description: "invalid code verifier" });
    expect((await tokenRequest(base)).body.error_description).toBe("invalid code verifier");
    expect((await tokenRequest({ ...base, redirect_uri: "https://localhost:3000/other", code_verifier: VERIFIER })).body.error).toBe("redirect_uri_mismatch");
    expect((await tokenRequest({ ...base, client_id: "nope", code_verifier: VERIFIER })).body).toEqual({ error: "invalid_client_id", error_description: "client identifier invalid" });
    expect((await tokenRequest({ ...base, grant_type: "password" })).body.error).toBe("unsupported_grant_type");
    // Failed attempts leave the code usable; time does not.
    sf.clock.advance(16 * 60_000);
    expect((await tokenRequest({ ...base, code_verifier: VERIFIER })).body).toEqual({ error: "invalid_grant", error_description: "expired authorization code" });
  });

  it("checks the secret of a confidential app", async () => {
    const code = sf.oauth.issueCode({ clientId: "confidential-app", redirectUri: "https://app.example/cb" });
    const base = { grant_type: "authorization_code", code, client_id: "confidential-app", redirect_uri: "https://app.example/cb" };
    expect((await tokenRequest(base)).body).toEqual({ error: "invalid_client", error_description: "invalid client credentials" });
    expect((await tokenRequest({ ...base, client_secret: "wrong" })).body.error).toBe("invalid_client");
    expect((await tokenRequest({ ...base, client_secret: "s3cret" })).status).toBe(200);
  });

  it("refreshes: a new access token (no new refresh token) that works where the expired one fails", async () => {
    const session = sf.issueToken();
    sf.oauth.expireAccessTokens(session.access_token);
    expect((await soql(sf, "SELECT Id FROM Account", { token: session.access_token })).status).toBe(401);
    const refreshed = await tokenRequest({ grant_type: "refresh_token", client_id: DEFAULT_CLIENT_ID, refresh_token: session.refresh_token as string });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).toBeUndefined();
    expect(refreshed.body.access_token).not.toBe(session.access_token);
    expect((await soql(sf, "SELECT Id FROM Account", { token: refreshed.body.access_token })).status).toBe(200);
    const bad = await tokenRequest({ grant_type: "refresh_token", client_id: DEFAULT_CLIENT_ID, refresh_token: "5Aepnope" });
    expect(bad.body).toEqual({ error: "invalid_grant", error_description: "expired access/refresh token" });
  });

  it("revokes refresh and access tokens", async () => {
    const session = sf.issueToken();
    const revoke = (token: string) => api(sf, "/services/oauth2/revoke", { method: "POST", token: null, headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `token=${encodeURIComponent(token)}` });
    expect((await revoke(session.refresh_token as string)).status).toBe(200);
    expect((await tokenRequest({ grant_type: "refresh_token", client_id: DEFAULT_CLIENT_ID, refresh_token: session.refresh_token as string })).body.error).toBe("invalid_grant");
    expect((await revoke(session.access_token)).status).toBe(200);
    expect((await soql(sf, "SELECT Id FROM Account", { token: session.access_token })).status).toBe(401);
    expect((await revoke("unknown")).status).toBe(400);
  });
});
