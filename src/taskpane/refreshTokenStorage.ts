/*
 * "Remember me on this computer": the Salesforce refresh token kept in OfficeRuntime.storage, the
 * add-in's own key-value store on this computer (per user and add-in domain, outside any workbook),
 * so the next pane start signs in without the dialog. Only when the user ticks the box; unticking
 * clears it. Access tokens are never stored anywhere, and nothing goes into the workbook.
 *
 * One key per login host and connected app, so a token of one org is never sent to another.
 */

/** What of OfficeRuntime.storage is used; `OfficeRuntime.storage` itself fits. */
export interface RuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** The connector's RefreshTokenStore (src/connectors/salesforce/salesforceSession.ts), structurally. */
export interface RefreshTokenStorage {
  load(): Promise<string | null>;
  save(refreshToken: string): Promise<void>;
  clear(): Promise<void>;
}

const PREFIX = "SalesOps.salesforce.refreshToken";

/**
 * The storage key of one login host and connected app. Stored on users' computers: never rename.
 * @example refreshTokenKey("https://acme.my.salesforce.com", "3MVG9abc") // "SalesOps.salesforce.refreshToken|https://acme.my.salesforce.com|3MVG9abc"
 */
export function refreshTokenKey(loginHost: string, clientId: string): string {
  return `${PREFIX}|${loginHost.trim().replace(/\/+$/, "")}|${clientId.trim()}`;
}

/**
 * The refresh token store of one login host and connected app.
 * @example const store = runtimeRefreshTokenStore(OfficeRuntime.storage, loginHost, clientId); await store.save(token);
 */
export function runtimeRefreshTokenStore(storage: RuntimeStorage, loginHost: string, clientId: string): RefreshTokenStorage {
  const key = refreshTokenKey(loginHost, clientId);
  return {
    load: async () => {
      const value = await storage.getItem(key);
      return value ? value : null;
    },
    save: (refreshToken) => storage.setItem(key, refreshToken),
    clear: () => storage.removeItem(key),
  };
}

const REMEMBERED_CONNECTION_KEY = "SalesOps.salesforce.rememberedConnection";

/**
 * Which login host and connected app the remembered sign-in is for (JSON text of the connection
 * settings, no secret), kept beside the refresh token so the next pane start can resume it without
 * reading the workbook. Stored on users' computers: never rename the key.
 * @example await rememberedConnectionStore(OfficeRuntime.storage).save(encodeConnection(connection));
 */
export function rememberedConnectionStore(storage: RuntimeStorage): { load(): Promise<string | null>; save(text: string): Promise<void>; clear(): Promise<void> } {
  return {
    load: () => storage.getItem(REMEMBERED_CONNECTION_KEY),
    save: (text) => storage.setItem(REMEMBERED_CONNECTION_KEY, text),
    clear: () => storage.removeItem(REMEMBERED_CONNECTION_KEY),
  };
}

/**
 * OfficeRuntime.storage when this Office has it (the shared runtime does), else null: the pane then
 * offers no "Remember me" (the session lasts as long as the pane).
 */
export function officeRuntimeStorage(): RuntimeStorage | null {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: RuntimeStorage } }).OfficeRuntime;
  return runtime?.storage && typeof runtime.storage.getItem === "function" ? runtime.storage : null;
}
