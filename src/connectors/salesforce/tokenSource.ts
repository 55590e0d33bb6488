/**
 * Where the client gets its bearer token. `refresh` is called once when Salesforce answers 401
 * INVALID_SESSION_ID, and must resolve with a new access token (SalesforceSession does this with the
 * refresh token), which the failed request is retried with; `accessToken()` should return it from
 * then on, or every later request pays a 401 and a refresh. A plain `{ accessToken: () => token }`
 * works for a token obtained elsewhere (it just cannot be renewed).
 */
export interface TokenSource {
  accessToken(): string | Promise<string>;
  refresh?(): Promise<string>;
}
