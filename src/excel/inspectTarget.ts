/**
 * Looks at where a table will go before anything is written, so a write never overwrites data
 * that isn't ours: the target sheet may hold only the previous version of the same table.
 */
import { Block, blockContains, parseBlock } from "./a1";
import { WorkbookConflictError } from "./errors";

export interface TargetState {
  /** The sheet's name as Excel spells it, or null when it must be created. */
  existingSheet: string | null;
  /** The previous table of the same name (ours to replace), wherever it is. */
  oldTable: { name: string; sheetName: string; block: Block } | null;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Two syncs when the sheet or table exists (names, then details), one otherwise. */
export async function inspectTarget(context: Excel.RequestContext, sheetName: string, tableName: string): Promise<TargetState> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const sheetItem = sheets.items.find((s) => sameName(s.name, sheetName)) ?? null;
  const tableItem = tables.items.find((t) => sameName(t.name, tableName)) ?? null;
  if (!sheetItem && !tableItem) return { existingSheet: null, oldTable: null };

  const used = sheetItem ? sheetItem.getUsedRangeOrNullObject().load("address") : null;
  const tableRange = tableItem ? tableItem.getRange().load("address") : null;
  const tableSheet = tableItem ? tableItem.worksheet.load("name") : null;
  await context.sync();

  const oldTable = tableItem && tableRange && tableSheet ? { name: tableItem.name, sheetName: tableSheet.name, block: parseBlock(tableRange.address) } : null;
  if (sheetItem && used && !used.isNullObject) {
    const ownedBlock = oldTable && sameName(oldTable.sheetName, sheetItem.name) ? oldTable.block : null;
    if (!ownedBlock || !blockContains(ownedBlock, parseBlock(used.address))) {
      throw new WorkbookConflictError(
        `Sheet "${sheetItem.name}" already holds data other than the "${tableName}" table (used range ${used.address}). Nothing was written: rename or delete that sheet, then try again.`,
      );
    }
  }
  return { existingSheet: sheetItem ? sheetItem.name : null, oldTable };
}
