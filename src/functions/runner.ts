import { createExcelError, ExcelErrorCode } from "./excelErrors";

/** An expected failure inside a custom function: becomes an Excel error value with this message. */
export class FunctionFailure extends Error {
  override name = "FunctionFailure";
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A bad argument: names the argument, says what was given and what is expected. */
export function argumentFailure(argument: string, message: string): FunctionFailure {
  return new FunctionFailure("invalidValue", `${argument}: ${message}`);
}

/**
 * Runs one custom function body: expected failures become `#VALUE!`/`#N/A` with their message;
 * anything else is a bug of ours and becomes `#VALUE!` naming the function, so the cell says what broke.
 */
export function runFunction<T>(functionName: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof FunctionFailure) throw createExcelError(error.code, error.message);
    if (error instanceof CustomFunctions.Error) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw createExcelError("invalidValue", `SALESOPS.${functionName} failed: ${detail}`);
  }
}
