/** A report cannot be built as asked (a period that is no fiscal period, a scope that matches nobody). */
export class ReportError extends Error {
  override name = "ReportError";
}
