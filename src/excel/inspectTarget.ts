/**
 * Looks at where a table will go before anything is written, so a write never overwrites data
 * that isn't ours: the target sheet may hold only the previous version of the same table.
 * It also gathers what a staged replacement needs: where the sheet sits, whether the user is
 * looking at it, the old table's id (to tell later whether it still exists) and the names in use.
 */
import { Block, blockContains, parseBlock } from "./a1";
import { WorkbookConflictError } from "./errors";

export interface OldTable {
  name: string;
  /** Stable across renames, so recovery can ask whether this very table still exists. */
  id: string;
  sheetName: string;
  block: Block;
}

export interface TargetState {
  /** The sheet's name as Excel spells it, or null when it must be created. */
  existingSheet: string | null;
  /** The target sheet's 0-based position (hidden sheets count), or null when it must be created. */
  sheetPosition: number | null;
  /** Whether the target sheet is the active one, so a replacement can keep the user on it. */
  sheetActive: boolean;
  /** The target sheet's visibility, which a replacement keeps (a user may have hidden our data sheet). */
  sheetVisibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  /** The previous table of the same name (ours to replace), wherever it is. */
  oldTable: OldTable | null;
  /** Every sheet name, hidden ones included, so a staging sheet never takes a name in use. */
  takenSheetNames: string[];
  /** Table and workbook defined names share one namespace in Excel; a temporary table name avoids both. */
  takenTableNames: string[];
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Two syncs when the sheet or table exists (names, then details), one otherwise. */
export async function inspectTarget(context: Excel.RequestContext, sheetName: string, tableName: string): Promise<TargetState> {
  const sheets = context.workbook.worksheets.load("items/name,items/position,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/id");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const sheetItem = sheets.items.find((s) => sameName(s.name, sheetName)) ?? null;
  const tableItem = tables.items.find((t) => sameName(t.name, tableName)) ?? null;
  const taken = {
    takenSheetNames: sheets.items.map((s) => s.name),
    takenTableNames: [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)],
  };
  if (!sheetItem && !tableItem) return { existingSheet: null, sheetPosition: null, sheetActive: false, sheetVisibility: "Visible", oldTable: null, ...taken };

  const used = sheetItem ? sheetItem.getUsedRangeOrNullObject().load("address") : null;
  const charts = sheetItem ? sheetItem.charts.load("count") : null;
  const active = sheetItem ? context.workbook.worksheets.getActiveWorksheet().load("name") : null;
  const tableRange = tableItem ? tableItem.getRange().load("address") : null;
  const tableSheet = tableItem ? tableItem.worksheet.load("name") : null;
  await context.sync();

  const oldTable = tableItem && tableRange && tableSheet ? { name: tableItem.name, id: tableItem.id, sheetName: tableSheet.name, block: parseBlock(tableRange.address) } : null;
  if (sheetItem && used && !used.isNullObject) {
    const ownedBlock = oldTable && sameName(oldTable.sheetName, sheetItem.name) ? oldTable.block : null;
    if (!ownedBlock || !blockContains(ownedBlock, parseBlock(used.address))) {
      throw new WorkbookConflictError(
        `Sheet "${sheetItem.name}" already holds data other than the "${tableName}" table (used range ${used.address}). Nothing was written: rename or delete that sheet, then try again.`,
      );
    }
  }
  // A replacement swaps the whole sheet (see writeTables.ts), which would take the user's charts with it.
  if (sheetItem && charts && charts.count > 0 && oldTable && sameName(oldTable.sheetName, sheetItem.name)) {
    throw new WorkbookConflictError(
      `Sheet "${sheetItem.name}" holds ${charts.count} chart(s) besides the "${tableName}" table, and refreshing the table replaces the sheet. Nothing was written: move the charts to another sheet, then try again.`,
    );
  }
  return {
    existingSheet: sheetItem ? sheetItem.name : null,
    sheetPosition: sheetItem ? sheetItem.position : null,
    sheetActive: !!sheetItem && !!active && sameName(active.name, sheetItem.name),
    sheetVisibility: sheetItem ? sheetItem.visibility : "Visible",
    oldTable,
    ...taken,
  };
}
