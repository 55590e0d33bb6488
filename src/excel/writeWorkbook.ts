/**
 * Writes a workbook description (src/workbook/description.ts) into the open workbook through
 * Office.js, so that nothing of the user's is lost whatever happens part-way:
 *
 * 1. Look (2 requests, workbookInspection.ts): sheets, tables, defined names, which sheets SalesOps
 *    generated (a worksheet custom property) and the active sheet. Plan names (workbookTargets.ts):
 *    SalesOps' earlier sheets with a requested name are replaced; a sheet of the user's is never
 *    touched, the new sheet takes a free name ("QBR Summary (2)") and the result says so.
 * 2. Build (requestPlan.ts): every new sheet is added hidden under a temporary name ("SalesOps new
 *    1") with its tables, then filled — cells, number formats, styles, conditional formats, charts,
 *    frozen panes, column widths, print setup — in requests of at most 4 MB, at most 3 per sheet
 *    whatever its number of rows, each with calculation and screen updating suspended. Formulas are
 *    written against the temporary sheet and table names (formulaReferences.ts).
 * 3. Finish (1 request, finishWorkbook.ts): show the new sheets, delete the replaced ones, rename
 *    the new sheets and tables to their final names — Excel rewrites every reference to them, so
 *    the formulas now name the final sheets — then positions, defined names, the active sheet and a
 *    recalculation.
 *
 * Why temporary names and a rename rather than formulas written after the renames: the formulas go
 * out with their cells in the bounded content requests, before the point of no return, so a failure
 * never leaves a half-written sheet behind; and a formula naming a sheet that does not exist yet
 * (or, worse, the earlier sheet of the same name that is about to be deleted) would be bound to the
 * wrong sheet, while one naming a temporary sheet follows it through the rename.
 *
 * On any failure recoverWorkbook.ts undoes the build (or, past the point of no return, completes the
 * finish) and a WorkbookWriteError says which. Syncs: 2 + content requests + 1 (plus at most
 * WORKBOOK_RECOVERY_SYNCS on failure).
 */
import type { WorkbookDescription } from "../workbook/description";
import type { ProgressListener } from "../workbook/tableData";
import { planBlock } from "./blockPlan";
import { checkDescription } from "./descriptionChecks";
import { initialFinishState, queueFinish } from "./finishWorkbook";
import { renameReferences } from "./formulaReferences";
import { recoverWorkbookWrite } from "./recoverWorkbook";
import { BuildState, queueWriteOp } from "./queueWriteOp";
import { DEFAULT_REQUEST_BUDGET, PlannedRequest, SheetPlan, planRequests } from "./requestPlan";
import type { ExcelRunner } from "./types";
import { ExcelVersionError, WorkbookWriteError } from "./workbookErrors";
import { WorkbookState, inspectWorkbook } from "./workbookInspection";
import { planTargets } from "./workbookTargets";

/** Worksheet custom properties (how generated sheets are recognised) arrived in ExcelApi 1.12; every other call the writer makes is older. */
export const REQUIRED_EXCEL_API = "1.12";

/**
 * Where each described sheet ended up: its own name, or a free one when a sheet of the user's had it.
 * Structurally the app's `WrittenSheet` (src/app/ports.ts), which adapters may not import.
 */
export interface WrittenSheet {
  requested: string;
  written: string;
}

/** Structurally the app's `WorkbookWriterPort`, which the entry points pass to the use cases. */
export interface ExcelWorkbookWriter {
  writeWorkbook(description: WorkbookDescription, onProgress?: ProgressListener): Promise<WrittenSheet[]>;
}

export interface WorkbookWriteOptions {
  /** Bytes per request; the default keeps a reserve under the 4 MB budget. */
  requestBudget?: number;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sends the content requests in order; returns the number of block rows written, the progress total. */
async function build(state: BuildState, requests: readonly PlannedRequest[], sheetIds: (string | undefined)[], onProgress?: ProgressListener): Promise<number> {
  const { context } = state;
  const total = requests.reduce((sum, request) => sum + request.rows, 0);
  let done = 0;
  for (const request of requests) {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const op of request.ops) queueWriteOp(state, op);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB request, at most 3 per sheet (requestPlan.ts), never per row
    await context.sync();
    const added = request.ops.filter((op) => op.kind === "addSheet");
    for (const op of added) sheetIds[op.sheet] = state.added[op.sheet].id;
    done += request.rows;
    const last = [...request.ops].reverse().find((op) => op.kind !== "addSheet" && op.kind !== "addTable");
    onProgress?.(done, total, last ? `Writing "${state.sheets[last.sheet].target.final}"` : "Adding sheets");
  }
  return total;
}

/**
 * Writes the description into the workbook and says where each sheet went. Everything is checked
 * and planned before the workbook is touched.
 * @example const written = await writeWorkbook(context, { sheets: [{ name: "Summary", blocks: [{ at: "A1", rows: [["Hello"]] }] }] }); // [{ requested: "Summary", written: "Summary" }]
 * @throws WorkbookDescriptionError, WorkbookNameConflictError, SheetTooLargeError before anything is written;
 * WorkbookWriteError when Excel fails part-way.
 */
export async function writeWorkbook(context: Excel.RequestContext, description: WorkbookDescription, onProgress?: ProgressListener, options: WorkbookWriteOptions = {}): Promise<WrittenSheet[]> {
  checkDescription(description);
  let state: WorkbookState;
  try {
    state = await inspectWorkbook(context);
  } catch (error) {
    throw new WorkbookWriteError("WRITE_UNDONE", `Excel stopped while the workbook was being read (${describe(error)}). Nothing was written: try again.`, error);
  }
  const targets = planTargets(description, state);
  const rewrite = (formula: string) => renameReferences(formula, targets.whileBuilding);
  const sheets: SheetPlan[] = targets.sheets.map((target) => ({ target, blocks: target.description.blocks.map((block) => planBlock(target.requested, block, rewrite)) }));
  const requests = planRequests(sheets, options.requestBudget ?? DEFAULT_REQUEST_BUDGET);
  const written = targets.sheets.map((target) => ({ requested: target.requested, written: target.final }));

  const sheetIds: (string | undefined)[] = targets.sheets.map(() => undefined);
  try {
    const rows = await build({ context, sheets, tables: targets.tables, rewrite, added: [] }, requests, sheetIds, onProgress);
    onProgress?.(rows, rows, "Finishing");
    queueFinish(context, targets, sheetIds as string[], initialFinishState(targets));
    await context.sync();
    return written;
  } catch (error) {
    const outcome = await recoverWorkbookWrite(context, targets, sheetIds);
    if (outcome === "finished") return written;
    if (outcome === "undone") {
      throw new WorkbookWriteError("WRITE_UNDONE", `Excel stopped while the report was being written (${describe(error)}). The workbook is as it was: try again.`, error);
    }
    const leftovers = targets.sheets.map((target) => `"${target.temporary}"`).join(", ");
    throw new WorkbookWriteError(
      "WRITE_INCOMPLETE",
      `Excel stopped while the report was being written (${describe(error)}), and the workbook could not be put back. Sheets named ${leftovers} may remain: run the report again to replace them, or delete them.`,
      error,
    );
  }
}

/** Whether this Excel has an API set. Outside Office (tests, a plain browser) there is no Office global and the runner decides. */
function officeSupports(name: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(name, version);
}

export interface WorkbookWriterOptions extends WorkbookWriteOptions {
  /** `Office.context.requirements.isSetSupported` by default. */
  isSetSupported?: (name: string, version: string) => boolean;
}

/**
 * The app's workbook writer over Office.js: each description is written in one `Excel.run` batch.
 * @example const writer = createExcelWorkbookWriter((batch) => Excel.run(batch)); await writer.writeWorkbook(report.description);
 */
export function createExcelWorkbookWriter(run: ExcelRunner, options: WorkbookWriterOptions = {}): ExcelWorkbookWriter {
  const supported = options.isSetSupported ?? officeSupports;
  return {
    writeWorkbook: async (description, onProgress) => {
      if (!supported("ExcelApi", REQUIRED_EXCEL_API)) {
        throw new ExcelVersionError(
          `Writing reports needs Excel with ExcelApi ${REQUIRED_EXCEL_API}: Microsoft 365, Excel on the web or on Mac, or Office 2021 and later. Nothing was written: update Excel, or generate the report as an .xlsx file instead.`,
        );
      }
      return run((context) => writeWorkbook(context, description, onProgress, options));
    },
  };
}
