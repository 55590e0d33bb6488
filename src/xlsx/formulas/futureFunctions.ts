/**
 * "Future functions": functions added to Excel after the 2007 file format was fixed. In the file
 * their names carry a prefix (`_xlfn.STDEV.S(…)`); written bare, Excel, LibreOffice and every other
 * reader show #NAME?. Excel shows the prefix itself when it opens a file using a function it lacks.
 *
 * Sources: Microsoft, "Issue: An _xlfn. prefix is displayed in front of a formula"
 * (https://support.microsoft.com/excel/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula), and
 * the future-function table of [MS-XLSX] §2.2.2 "Formulas"
 * (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/2c5dee00-eff2-4b22-92b6-0738acd4475e);
 * the names were cross-checked against XlsxWriter's list of future functions (worksheet.py), which
 * follows that table.
 * Functions of ISO/IEC 29500 itself (NETWORKDAYS.INTL, WORKDAY.INTL, ISO.CEILING) take no prefix.
 * LET and LAMBDA parameters would also need `_xlpm.`; our formulas keep to Excel 2016 functions.
 */
import { formulaSegments } from "./formulaSegments";

const EXCEL_2010 = [
  "AGGREGATE", "BETA.DIST", "BETA.INV", "BINOM.DIST", "BINOM.INV", "CEILING.PRECISE", "CHISQ.DIST", "CHISQ.DIST.RT",
  "CHISQ.INV", "CHISQ.INV.RT", "CHISQ.TEST", "CONFIDENCE.NORM", "CONFIDENCE.T", "COVARIANCE.P", "COVARIANCE.S",
  "ERF.PRECISE", "ERFC.PRECISE", "EXPON.DIST", "F.DIST", "F.DIST.RT", "F.INV", "F.INV.RT", "F.TEST", "FLOOR.PRECISE",
  "GAMMA.DIST", "GAMMA.INV", "GAMMALN.PRECISE", "HYPGEOM.DIST", "LOGNORM.DIST", "LOGNORM.INV", "MODE.MULT", "MODE.SNGL",
  "NEGBINOM.DIST", "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "PERCENTILE.EXC", "PERCENTILE.INC",
  "PERCENTRANK.EXC", "PERCENTRANK.INC", "POISSON.DIST", "QUARTILE.EXC", "QUARTILE.INC", "RANK.AVG", "RANK.EQ", "STDEV.P",
  "STDEV.S", "T.DIST", "T.DIST.2T", "T.DIST.RT", "T.INV", "T.INV.2T", "T.TEST", "VAR.P", "VAR.S", "WEIBULL.DIST", "Z.TEST",
];

const EXCEL_2013 = [
  "ACOT", "ACOTH", "ARABIC", "BASE", "BINOM.DIST.RANGE", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT", "BITXOR",
  "CEILING.MATH", "COMBINA", "COT", "COTH", "CSC", "CSCH", "DAYS", "DECIMAL", "FILTERXML", "FLOOR.MATH", "FORMULATEXT",
  "GAMMA", "GAUSS", "IFNA", "IMCOSH", "IMCOT", "IMCSC", "IMCSCH", "IMSEC", "IMSECH", "IMSINH", "IMTAN", "ISFORMULA",
  "ISOWEEKNUM", "MUNIT", "NUMBERVALUE", "PDURATION", "PERMUTATIONA", "PHI", "QUERYSTRING", "RRI", "SEC", "SECH", "SHEET",
  "SHEETS", "SKEW.P", "UNICHAR", "UNICODE", "WEBSERVICE", "XOR",
];

const EXCEL_2016 = [
  "CONCAT", "FORECAST.ETS", "FORECAST.ETS.CONFINT", "FORECAST.ETS.SEASONALITY", "FORECAST.ETS.STAT", "FORECAST.LINEAR",
  "IFS", "MAXIFS", "MINIFS", "SWITCH", "TEXTJOIN",
];

/** Microsoft 365 functions: listed so a stray one is at least written correctly (LibreOffice 7.4 lacks most). */
const EXCEL_365 = [
  "ANCHORARRAY", "ARRAYTOTEXT", "BYCOL", "BYROW", "CHOOSECOLS", "CHOOSEROWS", "DROP", "EXPAND", "HSTACK", "IMAGE",
  "ISOMITTED", "LAMBDA", "LET", "MAKEARRAY", "MAP", "RANDARRAY", "REDUCE", "SCAN", "SEQUENCE", "SINGLE", "SORTBY", "TAKE",
  "TEXTAFTER", "TEXTBEFORE", "TEXTSPLIT", "TOCOL", "TOROW", "UNIQUE", "VALUETOTEXT", "VSTACK", "WRAPCOLS", "WRAPROWS",
  "XLOOKUP", "XMATCH",
];

/** Function name (upper case) → the prefix it takes in the file. FILTER and SORT carry a second, `_xlws.`. */
export const FUTURE_FUNCTION_PREFIXES: ReadonlyMap<string, string> = new Map([
  ...[...EXCEL_2010, ...EXCEL_2013, ...EXCEL_2016, ...EXCEL_365].map((name): [string, string] => [name, "_xlfn."]),
  ["FILTER", "_xlfn._xlws."],
  ["SORT", "_xlfn._xlws."],
]);

/**
 * A function call: a name not preceded by another name character (so COUNTIFS is not IFS and
 * _xlfn.IFS is left alone), followed directly by "(" (a defined name called DAYS is not a call).
 */
const CALL = /(?<![A-Za-z0-9_.\\?])([A-Za-z_\\][A-Za-z0-9_.\\?]*)(?=\()/g;

/**
 * Adds the file-format prefix to every call of a future function, leaving string literals, quoted
 * sheet names and structured references alone. Names are written in upper case, as Excel stores them.
 *
 * @example prefixFutureFunctions('IFNA(FORECAST.LINEAR(A9,B2:B8,A2:A8),"IFS(")')
 * // '_xlfn.IFNA(_xlfn.FORECAST.LINEAR(A9,B2:B8,A2:A8),"IFS(")'
 * @example prefixFutureFunctions("COUNTIFS(A:A,1)+_xlfn.STDEV.S(B:B)") // unchanged
 */
export function prefixFutureFunctions(formula: string): string {
  return formulaSegments(formula)
    .map((segment) => {
      if (segment.kind !== "text") return segment.text;
      return segment.text.replace(CALL, (name: string) => {
        const upper = name.toUpperCase();
        const prefix = FUTURE_FUNCTION_PREFIXES.get(upper);
        return prefix ? `${prefix}${upper}` : name;
      });
    })
    .join("");
}
