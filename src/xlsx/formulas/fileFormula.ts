/**
 * A description formula ("=SUM(…)", as typed in Excel) → the text stored in the file: no leading
 * "=", this-row references spelled out, future functions prefixed.
 */
import { prefixFutureFunctions } from "./futureFunctions";
import { expandThisRowReferences } from "./thisRowReferences";

export interface FormulaContext {
  /** Where the formula is, for error messages: "Summary!C4". */
  path: string;
  /** The table the formula's cell belongs to, if any. */
  tableName?: string;
}

/**
 * @example fileFormula("=IFS(A1>0,1,TRUE,0)", { path: "S!B1" }) // "_xlfn.IFS(A1>0,1,TRUE,0)"
 */
export function fileFormula(formula: string, context: FormulaContext): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return prefixFutureFunctions(expandThisRowReferences(body, context.tableName, context.path));
}
