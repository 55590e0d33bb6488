import { authorizeUrl } from "../../../../src/connectors/salesforce/authorizeUrl";
import type { CorsProbe } from "../../../../src/connectors/salesforce/corsProbe";
import { parseRedirect } from "../../../../src/connectors/salesforce/parseRedirect";
import { SalesforceError, SalesforceUsageError } from "../../../../src/connectors/salesforce/salesforceError";
import { SalesforceSession, type RefreshTokenStore } from "../../../../src/connectors/salesforce/salesforceSession";
import { exchangeCode, parseTokenResponse, refreshAccessToken } from "../../../../src/connectors/salesforce/tokenEndpoint";
import { fetchStub, json, rejectTypeError } from "./fetchStub";

const CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
const LOGIN = "https://acme.my.salesforce.com";
const REDIRECT = "https://salesops.example.com/auth.html";
const tokenBody = (extra: Record<string, unknown> = {}) => ({
  access_token: "00Dx0000000BV7z!AR8AQ.access",
  refresh_token: "5Aep861.refresh",
  instance_url: "https://acme.my.salesforce.com",
  id: "https://login.salesforce.com/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU",
  issued_at: "1278448832702",
  signature: "0CmxinZir53Yex7nE0TD+zMpvIWYGb/bdJh6XfOH6EQ=",
  token_type: "Bearer",
  scope: "api refresh_token",
  ...extra,
});

async function failure(promise: Promise<unknown> | (() => unknown)): Promise<SalesforceError> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    if (error instanceof SalesforceError) return error;
    throw error;
  }
  throw new Error("expected a SalesforceError");
}

describe("authorizeUrl", () => {
  const request = { loginHost: "https://login.salesforce.com", clientId: "3MVG9abc", redirectUri: REDIRECT, challenge: CHALLENGE, state: "st4te" };

  it("builds the web server flow's authorize URL with PKCE", () => {
    const url = new URL(authorizeUrl(request));
    expect(url.origin + url.pathname).toBe("https://login.salesforce.com/services/oauth2/authorize");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "3MVG9abc",
      redirect_uri: REDIRECT,
      code_challenge: CHALLENGE,
      code_challenge_method: "S256",
      state: "st4te",
      scope: "api refresh_token",
    });
    expect(new URL(authorizeUrl({ ...request, loginHost: "https://test.salesforce.com", scope: "api", prompt: "login" })).searchParams.get("prompt")).toBe("login");
  });

  it("accepts production, sandbox, My Domain and the loopback host; refuses anything else", async () => {
    for (const host of ["https://login.salesforce.com", "https://test.salesforce.com", "https://acme.my.salesforce.com/", "http://127.0.0.1:8443", "http://localhost:3001"]) {
      expect(() => authorizeUrl({ ...request, loginHost: host })).not.toThrow();
    }
    for (const host of ["http://login.salesforce.com", "ftp://login.salesforce.com", "https://login.salesforce.com/services?x=1", "https://user:pw@login.salesforce.com", "login.salesforce.com"]) {
      expect((await failure(() => authorizeUrl({ ...request, loginHost: host }))).code).toBe("invalid_url");
    }
  });

  it("refuses a missing state or a challenge that is not S256", () => {
    expect(() => authorizeUrl({ ...request, state: "" })).toThrow(SalesforceUsageError);
    expect(() => authorizeUrl({ ...request, challenge: "plain-verifier" })).toThrow(SalesforceUsageError);
  });
});

describe("parseRedirect", () => {
  it("returns the code when the state matches", () => {
    expect(parseRedirect(`${REDIRECT}?code=aPrxsmIEeqM9PiQroGEWx1UiMQd95_5JUZVEhsOFhS8EVvbfYBBJli2W5fn3zbo.ExV&state=st4te`, "st4te")).toEqual({
      code: "aPrxsmIEeqM9PiQroGEWx1UiMQd95_5JUZVEhsOFhS8EVvbfYBBJli2W5fn3zbo.ExV",
    });
  });

  it("refuses a redirect whose state is not this sign-in's", async () => {
    expect((await failure(() => parseRedirect(`${REDIRECT}?code=abc&state=other`, "st4te"))).code).toBe("state_mismatch");
    expect((await failure(() => parseRedirect(`${REDIRECT}?code=abc`, "st4te"))).code).toBe("state_mismatch");
    expect((await failure(() => parseRedirect(`${REDIRECT}?error=access_denied&state=other`, "st4te"))).code).toBe("state_mismatch");
  });

  it("reads OAuth errors: a denied consent is a cancellation, anything else a failure", async () => {
    const denied = await failure(() => parseRedirect(`${REDIRECT}?error=access_denied&error_description=end-user+denied+authorization&state=st4te`, "st4te"));
    expect(denied).toMatchObject({ code: "sign_in_cancelled", salesforceCode: "access_denied" });
    expect(denied.message).toContain("end-user denied authorization");
    const other = await failure(() => parseRedirect(`${REDIRECT}?error=invalid_request&error_description=invalid+code_challenge`, "st4te"));
    expect(other).toMatchObject({ code: "sign_in_failed", salesforceCode: "invalid_request" });
    expect((await failure(() => parseRedirect(`${REDIRECT}?state=st4te`, "st4te"))).code).toBe("sign_in_failed");
    expect((await failure(() => parseRedirect("not a url", "st4te"))).code).toBe("sign_in_failed");
  });

  it("also reads the parameters from a fragment", () => {
    expect(parseRedirect(`${REDIRECT}#code=abc&state=st4te`, "st4te")).toEqual({ code: "abc" });
  });
});

describe("token endpoint", () => {
  it("exchanges the code with the verifier, form-encoded, and parses the token response", async () => {
    const stub = fetchStub([() => json(tokenBody())]);
    const tokens = await exchangeCode({ loginHost: LOGIN, clientId: "3MVG9abc", fetch: stub.fetch, redirectUri: REDIRECT, code: "aPrx.code", verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" });
    const [call] = stub.calls;
    expect(call.url).toBe(`${LOGIN}/services/oauth2/token`);
    expect(call.method).toBe("POST");
    expect(call.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(call.body ?? ""))).toEqual({
      grant_type: "authorization_code",
      code: "aPrx.code",
      redirect_uri: REDIRECT,
      code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
      client_id: "3MVG9abc",
      format: "json",
    });
    expect(tokens).toEqual({
      accessToken: "00Dx0000000BV7z!AR8AQ.access",
      refreshToken: "5Aep861.refresh",
      instanceUrl: "https://acme.my.salesforce.com",
      identityUrl: "https://login.salesforce.com/id/00Dx0000000BV7zEAG/005x00000012Q9PAAU",
      orgId: "00Dx0000000BV7zEAG",
      userId: "005x00000012Q9PAAU",
      issuedAt: new Date(1278448832702),
      scope: "api refresh_token",
    });
  });

  it("refuses token responses that lack a field or point the data at plain http", async () => {
    const withoutToken: Record<string, unknown> = tokenBody();
    delete withoutToken.access_token;
    expect(await failure(() => parseTokenResponse(withoutToken))).toMatchObject({ code: "unexpected_response" });
    expect((await failure(() => parseTokenResponse(tokenBody({ instance_url: "http://acme.my.salesforce.com" })))).code).toBe("invalid_url");
    expect((await failure(() => parseTokenResponse(tokenBody({ id: "https://login.salesforce.com/oops" })))).code).toBe("unexpected_response");
    expect((await failure(() => parseTokenResponse(tokenBody({ issued_at: "yesterday" })))).code).toBe("unexpected_response");
    expect(parseTokenResponse(tokenBody({ refresh_token: undefined, issued_at: undefined }))).toMatchObject({ refreshToken: null, issuedAt: null });
    const stub = fetchStub([() => new Response("<html>oops</html>", { status: 200 })]);
    expect((await failure(exchangeCode({ loginHost: LOGIN, clientId: "c", fetch: stub.fetch, redirectUri: REDIRECT, code: "x", verifier: "v" }))).code).toBe("unexpected_response");
  });

  it("turns OAuth error bodies into errors that say what to do", async () => {
    const call = (body: unknown, status = 400) => exchangeCode({ loginHost: LOGIN, clientId: "c", fetch: fetchStub([() => json(body, status)]).fetch, redirectUri: REDIRECT, code: "x", verifier: "v" });
    const expired = await failure(call({ error: "invalid_grant", error_description: "authorization code expired" }));
    expect(expired).toMatchObject({ code: "sign_in_failed", salesforceCode: "invalid_grant", status: 400 });
    expect(expired.message).toContain("authorization code expired");
    const mismatch = await failure(call({ error: "redirect_uri_mismatch", error_description: "redirect_uri must match configuration" }));
    expect(mismatch.message).toContain(`callback URL ${REDIRECT}`);
    const secret = await failure(call({ error: "invalid_client", error_description: "invalid client credentials" }, 401));
    expect(secret.message).toContain("Require Secret for Web Server Flow");
    expect((await failure(call({ unexpected: true }, 400))).code).toBe("unexpected_response");
    expect((await failure(call("down", 503))).code).toBe("unavailable");
  });

  it("makes a refused refresh token a plain 'sign in again'", async () => {
    const stub = fetchStub([() => json({ error: "invalid_grant", error_description: "expired access/refresh token" }, 400)]);
    const error = await failure(refreshAccessToken({ loginHost: LOGIN, clientId: "c", fetch: stub.fetch, refreshToken: "r" }));
    expect(error.code).toBe("sign_in_required");
    expect(error.message).toContain("Your Salesforce session has expired: sign in again.");
    expect(Object.fromEntries(new URLSearchParams(stub.calls[0].body ?? ""))).toEqual({ grant_type: "refresh_token", refresh_token: "r", client_id: "c", format: "json" });
  });

  it("tells CORS from network failures at the token endpoint too", async () => {
    const reachable: CorsProbe = { origin: "https://salesops.example.com", reachable: async () => true };
    const unreachable: CorsProbe = { ...reachable, reachable: async () => false };
    const attempt = (corsProbe: CorsProbe | null) => refreshAccessToken({ loginHost: LOGIN, clientId: "c", fetch: fetchStub([rejectTypeError]).fetch, refreshToken: "r", corsProbe });
    const cors = await failure(attempt(reachable));
    expect(cors.code).toBe("cors");
    expect(cors.message).toContain("Enable CORS for OAuth endpoints");
    expect((await failure(attempt(unreachable))).code).toBe("network");
    expect((await failure(attempt(null))).code).toBe("network");
  });
});

describe("SalesforceSession", () => {
  const memoryStore = () => {
    const state: { token: string | null; saves: string[]; clears: number } = { token: null, saves: [], clears: 0 };
    const store: RefreshTokenStore = {
      load: async () => state.token,
      save: async (token) => {
        state.token = token;
        state.saves.push(token);
      },
      clear: async () => {
        state.token = null;
        state.clears += 1;
      },
    };
    return { state, store };
  };

  it("holds the tokens, refreshes once for concurrent callers and keeps a refresh token Salesforce did not rotate", async () => {
    const stub = fetchStub([() => json(tokenBody({ access_token: "ACCESS-2", refresh_token: undefined }))]);
    const session = await SalesforceSession.start({ loginHost: LOGIN, clientId: "c", fetch: stub.fetch }, parseTokenResponse(tokenBody()));
    expect(session.accessToken()).toBe("00Dx0000000BV7z!AR8AQ.access");
    expect(session.instanceUrl).toBe("https://acme.my.salesforce.com");
    expect(session.userId).toBe("005x00000012Q9PAAU");
    const [a, b] = await Promise.all([session.refresh(), session.refresh()]);
    expect([a, b]).toEqual(["ACCESS-2", "ACCESS-2"]);
    expect(stub.calls).toHaveLength(1);
    expect(session.accessToken()).toBe("ACCESS-2");
    expect(session.canRefresh).toBe(true);
    expect(new URLSearchParams(stub.calls[0].body ?? "").get("refresh_token")).toBe("5Aep861.refresh");
  });

  it("saves the refresh token only to a store it was given, rotated ones included, and clears it when refused", async () => {
    const { state, store } = memoryStore();
    const stub = fetchStub([() => json(tokenBody({ access_token: "ACCESS-2", refresh_token: "ROTATED" })), () => json({ error: "invalid_grant", error_description: "token revoked" }, 400)]);
    const session = await SalesforceSession.start({ loginHost: LOGIN, clientId: "c", fetch: stub.fetch, store }, parseTokenResponse(tokenBody()));
    await session.refresh();
    expect(state.saves).toEqual(["5Aep861.refresh", "ROTATED"]);
    expect((await failure(session.refresh())).code).toBe("sign_in_required");
    expect(state.token).toBeNull();
    expect(session.canRefresh).toBe(false);
    expect((await failure(session.refresh())).code).toBe("sign_in_required");
    expect(stub.calls).toHaveLength(2);
  });

  it("restores a session from a stored refresh token, or returns null (clearing it) when Salesforce refuses it", async () => {
    const { state, store } = memoryStore();
    expect(await SalesforceSession.restore({ loginHost: LOGIN, clientId: "c", fetch: fetchStub([]).fetch, store })).toBeNull();
    state.token = "STORED";
    const restored = await SalesforceSession.restore({ loginHost: LOGIN, clientId: "c", fetch: fetchStub([() => json(tokenBody({ access_token: "A3", refresh_token: undefined }))]).fetch, store });
    expect(restored?.accessToken()).toBe("A3");
    expect(state.token).toBe("STORED");
    const refused = await SalesforceSession.restore({ loginHost: LOGIN, clientId: "c", fetch: fetchStub([() => json({ error: "invalid_grant", error_description: "expired" }, 400)]).fetch, store });
    expect(refused).toBeNull();
    expect(state.clears).toBe(1);
    state.token = "STORED";
    await expect(SalesforceSession.restore({ loginHost: LOGIN, clientId: "c", fetch: fetchStub([rejectTypeError]).fetch, store })).rejects.toMatchObject({ code: "network" });
    expect(state.token).toBe("STORED");
  });

  it("signs out: forgets the tokens and clears the store", async () => {
    const { state, store } = memoryStore();
    const session = await SalesforceSession.start({ loginHost: LOGIN, clientId: "c", fetch: fetchStub([]).fetch, store }, parseTokenResponse(tokenBody()));
    await session.signOut();
    expect(session.accessToken()).toBe("");
    expect(state.token).toBeNull();
  });
});
