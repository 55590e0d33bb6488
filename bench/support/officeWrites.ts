/*
 * A workbook description written through the Office.js writer into the in-memory Excel host, with
 * what Excel on the web would see: requests (syncs) and their sizes. Per sheet, each sheet is also
 * written alone into a fresh host, since the writer packs small sheets together in one request.
 */
import { createExcelWorkbookWriter } from "../../src/excel";
import type { WorkbookDescription } from "../../src/workbook/description";
import { createExcelHost } from "../../test/host";

export interface WriteRequests {
  syncs: number;
  /** Requests that carry content (sent with calculation suspended), as opposed to looking and finishing. */
  contentSyncs: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  largestResponseBytes: number;
}

export async function officeWriteRequests(description: WorkbookDescription): Promise<WriteRequests> {
  const host = createExcelHost();
  await createExcelWorkbookWriter(host.run).writeWorkbook(description);
  const syncs = host.syncs();
  const failed = syncs.find((sync) => sync.error !== null);
  if (failed) throw new Error(`Sync ${failed.index} failed with ${failed.error}.`);
  return {
    syncs: syncs.length,
    contentSyncs: syncs.filter((sync) => sync.suspendedCalculation).length,
    largestRequestBytes: Math.max(...syncs.map((sync) => sync.requestBytes)),
    totalRequestBytes: syncs.reduce((sum, sync) => sum + sync.requestBytes, 0),
    largestResponseBytes: Math.max(...syncs.map((sync) => sync.responseBytes)),
  };
}

/** Each sheet written on its own (names and the active sheet dropped: they may point at other sheets). */
export async function officeWriteRequestsPerSheet(description: WorkbookDescription): Promise<{ sheet: string; requests: WriteRequests }[]> {
  const perSheet: { sheet: string; requests: WriteRequests }[] = [];
  for (const sheet of description.sheets) {
    perSheet.push({ sheet: sheet.name, requests: await officeWriteRequests({ sheets: [{ ...sheet, hidden: false }] }) });
  }
  return perSheet;
}
