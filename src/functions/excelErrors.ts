/**
 * The bridge to Excel's error values. In Excel the `CustomFunctions` global exists; in the CLI and in
 * tests `installCustomFunctionsShim` provides the same shape, so the function code is the same everywhere.
 */
export type ExcelErrorCode = "invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber" | "nullReference" | "invalidName" | "invalidReference";

/** The error text Excel shows in the cell for each code. */
export const EXCEL_ERROR_TEXT: Record<ExcelErrorCode, string> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/** Only #VALUE! and #N/A carry a message into Excel; other codes show the bare error. */
const CODES_WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(["invalidValue", "notAvailable"]);

export function createExcelError(code: ExcelErrorCode, message?: string): CustomFunctions.Error {
  const errorCode = CustomFunctions.ErrorCode[code];
  return CODES_WITH_MESSAGE.has(code) && message ? new CustomFunctions.Error(errorCode, message) : new CustomFunctions.Error(errorCode);
}

interface ShimError extends Error {
  code: string;
}

/** Defines a `CustomFunctions` global outside Excel (CLI, tests) with the documented shape of Error and ErrorCode. */
export function installCustomFunctionsShim(): void {
  const scope = globalThis as unknown as { CustomFunctions?: unknown };
  if (scope.CustomFunctions) return;
  // In Excel each ErrorCode member's value is the error's text, e.g. "#VALUE!".
  const ErrorCode = { ...EXCEL_ERROR_TEXT };
  class CustomFunctionsError extends Error implements ShimError {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? "");
      this.name = "CustomFunctions.Error";
    }
  }
  scope.CustomFunctions = { Error: CustomFunctionsError, ErrorCode, associate: () => undefined };
}
