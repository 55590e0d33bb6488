import type { SalesforceRecord } from "./salesforceClient";

/**
 * A field of a record by API name or relationship path: `Account.Name` reads the nested Account object,
 * which is null when the lookup is empty (so is the result then).
 * @example readPath({ Account: { attributes: {}, Name: "Acme" } }, "Account.Name") // "Acme"
 * @example readPath({ Account: null }, "Account.Name") // null
 */
export function readPath(record: SalesforceRecord, path: string): unknown {
  let value: unknown = record;
  for (const segment of path.split(".")) {
    if (value === null || value === undefined || typeof value !== "object") return null;
    const object = value as Record<string, unknown>;
    // API names are case-insensitive and a mapping may not use Salesforce's own case: fall back to a case-blind look-up.
    value = segment in object ? object[segment] : object[Object.keys(object).find((key) => key.toLowerCase() === segment.toLowerCase()) ?? segment];
  }
  return value === undefined ? null : value;
}

/** A text field, or "" when null. Numbers and booleans become text as Salesforce shows them. @example textOf(36) // "36" */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // A compound field (an address, a location) is kept whole, as JSON.
  return JSON.stringify(value);
}

/** A value as it appears in a rejected-record report. @example shown(null) // "" */
export function shown(value: unknown): string {
  return value === null || value === undefined ? "" : textOf(value);
}
