/** Everything a table write could change, in a form `toEqual` compares quickly (cells as a digest). */
import { createHash } from "crypto";
import type { ExcelHost } from "../../../host";

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: string;
  usedAddress: string | null;
  /** SHA-1 of every stored cell (position, value, formula, format, font, fill), in cell order. */
  cells: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: ReturnType<ExcelHost["tables"]>;
  activeSheet: string | null;
  names: string[];
}

function cellsDigest(cells: ReadonlyMap<number, object>): string {
  const hash = createHash("sha1");
  for (const key of [...cells.keys()].sort((a, b) => a - b)) hash.update(`${key}=${JSON.stringify(cells.get(key))};`);
  return hash.digest("hex");
}

export function sheetSnapshot(host: ExcelHost, name: string): SheetSnapshot {
  const position = host.model.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
  const sheet = host.model.sheets[position];
  return {
    id: sheet.id,
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    usedAddress: host.usedAddress(name),
    cells: cellsDigest(sheet.cells),
  };
}

export function workbookSnapshot(host: ExcelHost): WorkbookSnapshot {
  const active = host.model.sheets.find((s) => s.id === host.model.activeSheetId);
  return {
    sheets: host.model.sheets.map((s) => sheetSnapshot(host, s.name)),
    tables: host.tables(),
    activeSheet: active ? active.name : null,
    names: host.model.names.map((n) => n.name),
  };
}

export const stagingSheets = (host: ExcelHost): string[] => host.sheetNames().filter((name) => name.startsWith("SalesOps staging"));

/** Everything a workbook write could change, sheet settings, rules, charts, markers and name formulas included. */
export function fullSnapshot(host: ExcelHost): unknown {
  return {
    ...workbookSnapshot(host),
    names: host.names(),
    sheetDetails: host.model.sheets.map((sheet) => ({
      name: sheet.name,
      settings: host.sheetSettings(sheet.name),
      customProperties: host.customProperties(sheet.name),
      conditionalFormats: host.conditionalFormats(sheet.name),
      charts: host.charts(sheet.name),
    })),
  };
}

/** Sheets a write left under a temporary name. */
export const temporarySheets = (host: ExcelHost): string[] => host.sheetNames().filter((name) => name.startsWith("SalesOps new"));
