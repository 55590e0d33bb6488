/*
 * Ribbon commands. They run in the shared runtime with the pane and the custom functions, so a
 * command calls the same app use cases the pane calls, and the pane shows what a command did.
 */
import { publishRibbonActivity } from "../app/ribbonActivity";
import { getSettings, getWorkbookData } from "../app/sessionState";
import { toIsoDate } from "../core/model/isoDate";
import type { ExcelRunner } from "../excel/types";

/**
 * Generates the QBR for the current fiscal quarter from the workbook's data, without the pane: the
 * generated summary sheet is activated when it is done; progress and the outcome go to the pane's
 * Reports view. Returns whether it succeeded. The engine and writer load on the first click, so
 * they stay out of what Excel loads at start.
 * @example await generateQbrInWorkbook((batch) => Excel.run(batch), () => new Date())
 */
export async function generateQbrInWorkbook(run: ExcelRunner, now: () => Date): Promise<boolean> {
  const template = "qbr" as const;
  publishRibbonActivity({ state: "running", template, step: "Starting", done: 0, total: 3 });
  try {
    const [{ generateReportInWorkbook }, { createExcelWorkbookPort }, { createExcelWorkbookWriter }] = await Promise.all([
      import(/* webpackChunkName: "reports" */ "../app/generateReportInWorkbook"),
      import(/* webpackChunkName: "reports" */ "../excel/workbookPort"),
      import(/* webpackChunkName: "workbook-writer" */ "../excel/writeWorkbook"),
    ]);
    const result = await generateReportInWorkbook(createExcelWorkbookPort(run), createExcelWorkbookWriter(run), {
      template,
      asOf: toIsoDate(now()),
      settings: getSettings(),
      compensation: getWorkbookData().compensation,
      onProgress: (done, total, step) => publishRibbonActivity({ state: "running", template, step, done, total }),
    });
    publishRibbonActivity({ state: "done", template, result });
    return true;
  } catch (error) {
    publishRibbonActivity({ state: "failed", template, error });
    return false;
  }
}

/** The ribbon button. Office needs `event.completed()` whatever happens, or the button stays busy. */
export async function generateQbr(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const ok = await generateQbrInWorkbook((batch) => Excel.run(batch), () => new Date());
    // The command has no UI: on failure the pane opens on the Reports view, which says what went wrong.
    if (!ok) await Office.addin.showAsTaskpane().catch(() => undefined);
  } finally {
    event.completed();
  }
}

Office.onReady((info) => {
  // Outside Office (a plain browser) there is no ribbon to associate with.
  if (info.host === null || info.host === undefined) return;
  Office.actions.associate("generateQbr", generateQbr);
});
