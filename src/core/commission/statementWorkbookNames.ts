/**
 * Sheet names for commission statements. Excel refuses a sheet name over 31 characters, one with
 * any of []:*?/\ , one that starts or ends with an apostrophe, and "History"; names are unique
 * ignoring case. A statement is named after its rep so the tab says whose it is.
 */

export const SHEET_NAME_LIMIT = 31;
const STATEMENT_PREFIX = "Stmt ";

/** Cuts to at most `limit` UTF-16 units without splitting a surrogate pair (an emoji in a name). */
function cut(text: string, limit: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > limit) break;
    out += char;
  }
  return out;
}

/**
 * A name Excel accepts, from any text: forbidden characters become spaces, runs of spaces one,
 * apostrophes are trimmed from the ends, and it is cut to 31 characters.
 * @example safeSheetName("Q3: Ada/Ben [draft]") // "Q3 Ada Ben draft"
 */
export function safeSheetName(text: string, limit: number = SHEET_NAME_LIMIT): string {
  const cleaned = text.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim();
  return cut(cleaned, limit).replace(/^'+|'+$/g, "").trim();
}

/**
 * One sheet name per rep, in the order given: "Stmt <rep name>", unique ignoring case, each within
 * Excel's 31 characters. Two reps with the same name (or names equal once cut) get " (2)", " (3)"…,
 * the name cut shorter to make room. A rep without a name is named by id.
 * @example statementSheetNames([{ repId: "R1", repName: "Ada Park" }, { repId: "R7", repName: "Ada Park" }]) // ["Stmt Ada Park", "Stmt Ada Park (2)"]
 */
export function statementSheetNames(reps: readonly { repId: string; repName: string }[]): string[] {
  const taken = new Set<string>();
  return reps.map((rep) => {
    const base = safeSheetName(`${STATEMENT_PREFIX}${rep.repName.trim() || rep.repId}`);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === "history"; n += 1) {
      const suffix = ` (${n})`;
      name = `${safeSheetName(base, SHEET_NAME_LIMIT - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
