/**
 * Salesforce-shaped record ids: a 3-character key prefix (006 Opportunity, 005 User…), 12 more
 * characters, then the 3-character case-safe suffix Salesforce appends to make the 18-character form.
 */

const floor = Math.floor;
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

/** The 3-character suffix of an 18-character id: one letter per 5 characters, bit i set when character i is upper case. */
export function idSuffix(id15: string): string {
  let suffix = "";
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) flags |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[flags];
  }
  return suffix;
}

/** The 18-character id of the n-th record (n ≥ 1) with a key prefix, e.g. `makeId("006", 1)`. */
export function makeId(prefix: string, n: number): string {
  let digits = "";
  let rest = n;
  while (rest > 0) {
    digits = BASE62[rest % 62] + digits;
    rest = floor(rest / 62);
  }
  const id15 = `${prefix}Hs0${digits.padStart(9, "0")}`;
  return id15 + idSuffix(id15);
}

/** An id as Salesforce compares it: 15-character ids gain their suffix; anything else is not an id (null). */
export function normalizeId(value: string): string | null {
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value)) return null;
  if (value.length === 18) return value.slice(0, 15) + idSuffix(value.slice(0, 15));
  return value + idSuffix(value);
}

/** The organization id every fake org reports (in token ids and the OAuth `id` URL). */
export const ORG_ID = makeId("00D", 1);
