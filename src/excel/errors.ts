/** The sheet a table should go to holds data that isn't that table: nothing was written. */
export class WorkbookConflictError extends Error {
  override readonly name = "WorkbookConflictError";
  readonly code = "SHEET_HAS_OTHER_DATA";
}
