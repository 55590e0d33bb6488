/**
 * What can stop a workbook description from being written, each with a code the task pane can map
 * to a message, and a message that says what happened and what to do.
 */

/** The description breaks a rule Excel enforces (a bad sheet or table name, a hidden active sheet): a bug in the report builder. */
export class WorkbookDescriptionError extends Error {
  override readonly name = "WorkbookDescriptionError";
  readonly code = "INVALID_DESCRIPTION";
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** A defined name the report needs belongs to the user: nothing was written. */
export class WorkbookNameConflictError extends Error {
  override readonly name = "WorkbookNameConflictError";
  readonly code = "NAME_IN_USE";
}

/** One sheet's content needs more than the requests a sheet may take: nothing was written. */
export class SheetTooLargeError extends Error {
  override readonly name = "SheetTooLargeError";
  readonly code = "SHEET_TOO_LARGE";
}

/** This Excel lacks the API version the writer needs: nothing was written. */
export class ExcelVersionError extends Error {
  override readonly name = "ExcelVersionError";
  readonly code = "EXCEL_TOO_OLD";
}

/**
 * Excel failed part-way through the write. "WRITE_UNDONE": the workbook is as it was, try again.
 * "WRITE_INCOMPLETE": the undo failed too; temporary sheets may remain, and running the report
 * again replaces them.
 */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";
  constructor(
    readonly code: "WRITE_UNDONE" | "WRITE_INCOMPLETE",
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}
