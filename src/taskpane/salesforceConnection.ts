/*
 * The Salesforce connection settings the pane keeps with the workbook, so whoever opens the file finds
 * the org's login host and connected app filled in: none of them is a secret. Tokens are never here;
 * encoding goes through the schema, which drops anything it does not know. The last pull's state
 * (org, high-water mark, mapping) is the app's sync state (src/app/salesforceSyncState.ts), kept
 * beside it under its own key.
 */
import { z } from "zod";
import { SYNC_MAPPING_TARGETS, syncFieldMappingSchema, type SyncFieldMapping } from "../app/salesforceSyncState";

export const CONNECTION_VERSION = 1;
export const PRODUCTION_LOGIN = "https://login.salesforce.com";
export const SANDBOX_LOGIN = "https://test.salesforce.com";
export const DEFAULT_API_VERSION = "61.0";

export const salesforceConnectionSchema = z.object({
  version: z.literal(CONNECTION_VERSION),
  /** https://login.salesforce.com, https://test.salesforce.com, or a My Domain such as https://acme.my.salesforce.com. */
  loginHost: z.string(),
  /** The connected app's consumer key (not a secret: it is in every authorize URL). */
  clientId: z.string(),
  apiVersion: z.string().regex(/^\d+\.\d$/, 'an API version such as "61.0"'),
  /** Custom Opportunity fields to pull, as the sync state records them. */
  customFields: z.array(syncFieldMappingSchema).default([]),
});
export type SalesforceConnection = z.infer<typeof salesforceConnectionSchema>;

/**
 * My Domain, to be filled in, by default: Salesforce answers the token endpoint's CORS only on My
 * Domain addresses, so from Excel (a browser engine) login.salesforce.com and test.salesforce.com
 * get as far as the code and are then refused.
 */
export const DEFAULT_CONNECTION: SalesforceConnection = { version: CONNECTION_VERSION, loginHost: "", clientId: "", apiVersion: DEFAULT_API_VERSION, customFields: [] };

/** JSON text through the schema. @example encodeConnection(DEFAULT_CONNECTION).startsWith('{"version":1') // true */
export function encodeConnection(connection: SalesforceConnection): string {
  return JSON.stringify(salesforceConnectionSchema.parse(connection));
}

/**
 * The stored connection, or the defaults when there is none or it cannot be read (a newer version, a
 * hand-edited value): nothing in it is needed to open the workbook, and the form shows what is in force.
 * @example decodeConnection(null) // DEFAULT_CONNECTION
 */
export function decodeConnection(value: unknown): SalesforceConnection {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return DEFAULT_CONNECTION;
    }
  }
  const parsed = salesforceConnectionSchema.safeParse(data);
  return parsed.success ? parsed.data : DEFAULT_CONNECTION;
}

/** Which login host the form shows as chosen. */
export type LoginHostKind = "production" | "sandbox" | "myDomain";

export function loginHostKind(loginHost: string): LoginHostKind {
  const host = loginHost.trim().replace(/\/+$/, "").toLowerCase();
  if (host === PRODUCTION_LOGIN) return "production";
  if (host === SANDBOX_LOGIN) return "sandbox";
  return "myDomain";
}

/**
 * The login host for a choice: production and sandbox are fixed; a My Domain is what the user typed,
 * with https:// added when left out and a trailing slash dropped (the connector checks the rest).
 * @example loginHostFor("myDomain", "acme.my.salesforce.com/") // "https://acme.my.salesforce.com"
 */
export function loginHostFor(kind: LoginHostKind, myDomain: string): string {
  if (kind === "production") return PRODUCTION_LOGIN;
  if (kind === "sandbox") return SANDBOX_LOGIN;
  const text = myDomain.trim().replace(/\/+$/, "");
  return text === "" || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

const TARGETS: ReadonlySet<string> = new Set(SYNC_MAPPING_TARGETS);

/**
 * The custom fields as the form writes them: one per line or comma, `Field__c` to keep it as a column,
 * `Field__c=amount` to read a canonical field from it (amount, type, product, termMonths).
 * @example parseCustomFields("Region__c, ARR__c=amount") // { ok: true, fields: [{ field: "Region__c" }, { field: "ARR__c", target: "amount" }] }
 */
export function parseCustomFields(text: string): { ok: true; fields: SyncFieldMapping[] } | { ok: false; message: string } {
  const fields: SyncFieldMapping[] = [];
  for (const entry of text.split(/[\n,;]/).map((part) => part.trim()).filter((part) => part !== "")) {
    const [field, target, ...rest] = entry.split("=").map((part) => part.trim());
    if (!field || rest.length > 0) return { ok: false, message: `"${entry}": write a field's API name, optionally followed by =amount, =type, =product or =termMonths.` };
    if (target === undefined) {
      fields.push({ field });
    } else if (TARGETS.has(target)) {
      fields.push({ field, target: target as SyncFieldMapping["target"] });
    } else {
      return { ok: false, message: `"${entry}": ${target || "(nothing)"} is not a field SalesOps fills; use amount, type, product or termMonths.` };
    }
  }
  return { ok: true, fields };
}

/** The form's text for stored custom fields. @example customFieldsText([{ field: "ARR__c", target: "amount" }]) // "ARR__c=amount" */
export function customFieldsText(fields: readonly SyncFieldMapping[]): string {
  return fields.map((mapping) => (mapping.target ? `${mapping.field}=${mapping.target}` : mapping.field)).join(", ");
}
