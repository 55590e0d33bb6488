/*
 * The two things error handling needs to know about a query it sent: which fields it selects (to name
 * the bad one) and which object it reads (to say where). Our own queries are built by queryBuilder.ts,
 * so a light parse of `SELECT … FROM Object` is enough; subqueries are not used.
 */

const SELECT_FROM = /^\s*SELECT\s+([\s\S]+?)\s+FROM\s+([A-Za-z][A-Za-z0-9_]*)/i;

/** The fields of a query's SELECT list. @example selectedFields("SELECT Id, Account.Name FROM Opportunity") // ["Id", "Account.Name"] */
export function selectedFields(soql: string): string[] {
  const match = SELECT_FROM.exec(soql);
  if (!match) return [];
  return match[1]
    .split(",")
    .map((field) => field.trim())
    .filter((field) => field !== "");
}

/** The object a query reads. @example queriedObject("SELECT Id FROM Opportunity WHERE IsDeleted = true") // "Opportunity" */
export function queriedObject(soql: string): string {
  return SELECT_FROM.exec(soql)?.[2] ?? "the object";
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The field of `candidates` an error message names, or null. Salesforce names a missing field as
 * `No such column 'Region__c' on entity 'Opportunity'` and a missing relationship as `Didn't understand
 * relationship 'Product__r'`, so a dotted field also matches on its first segment. Mapped fields are
 * tried first, then longer names before shorter; case matters outside quotes, so the word "type" in a
 * message is not taken for the field Type.
 * @example fieldNamedIn("No such column 'Region__c' on entity 'Opportunity'.", ["Id", "Region__c"], []) // "Region__c"
 */
export function fieldNamedIn(message: string, candidates: readonly string[], preferred: readonly string[]): string | null {
  const quoted = /No such column '([^']+)'/i.exec(message)?.[1];
  if (quoted) {
    const known = candidates.find((field) => field.toLowerCase() === quoted.toLowerCase());
    return known ?? quoted;
  }
  const ordered = [...new Set([...preferred, ...[...candidates].sort((a, b) => b.length - a.length)])];
  for (const field of ordered) {
    const names = field.includes(".") ? [field, field.split(".")[0]] : [field];
    for (const name of names) {
      if (new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(name)}([^A-Za-z0-9_]|$)`).test(message)) return field;
    }
  }
  return null;
}
