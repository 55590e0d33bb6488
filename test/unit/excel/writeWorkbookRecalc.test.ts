/**
 * The formulas the Office.js writer leaves — written against temporary sheet and table names, then
 * renamed — compute what the report builder expected, in an independent engine: the host's workbook
 * exported to .xlsx and recalculated by LibreOffice.
 */
import ExcelJS from "exceljs";
import { createExcelHost, exportToXlsx } from "../../host";
import { describeWithOracle } from "../../oracles/availability";
import { recalculateWithLibreOffice } from "../../oracles/libreoffice";
import { createExcelWorkbookWriter } from "../../../src/excel";
import { cellAddress, parseCellAddress } from "../../../src/workbook/a1";
import { isCellDescription } from "../../../src/workbook/description";
import { reportDescription } from "./support/reportDescription";

const resultOf = (sheet: ExcelJS.Worksheet, address: string): unknown => {
  const value = sheet.getCell(address).value;
  return value !== null && typeof value === "object" && "formula" in value ? value.result : value;
};

describeWithOracle("libreoffice", "a written report, recalculated by LibreOffice", () => {
  it("computes every formula's expected result, regenerated over an earlier run and beside a user's sheet of the same name", async () => {
    const host = createExcelHost();
    // The user's own "Lookup", with other figures: the report's formulas must read the report's.
    await host.run(async (context) => {
      context.workbook.worksheets.add("Lookup").getRange("A1:B2").values = [["quota", 1], ["floor", 1]];
    });
    const writer = createExcelWorkbookWriter(host.run);
    await writer.writeWorkbook(reportDescription());
    const written = new Map((await writer.writeWorkbook(reportDescription())).map((sheet) => [sheet.requested, sheet.written]));
    expect(written.get("Lookup")).toBe("Lookup (2)");
    expect(host.formulas("QBR Summary", "B7")).toEqual([["=B6/'Lookup (2)'!B1"]]);
    const recalculated = await recalculateWithLibreOffice(await exportToXlsx(host));

    const expected: [string, string, unknown][] = [];
    for (const sheet of reportDescription().sheets) {
      for (const block of sheet.blocks) {
        const at = parseCellAddress(block.at);
        block.rows.forEach((row, r) =>
          row.forEach((entry, c) => {
            if (isCellDescription(entry) && entry.formula !== undefined) expected.push([sheet.name, cellAddress(at.row + r, at.column + c), entry.result]);
          }),
        );
      }
    }
    expect(expected.length).toBeGreaterThan(4);
    for (const [sheetName, address, result] of expected) {
      const sheet = recalculated.getWorksheet(written.get(sheetName)) as ExcelJS.Worksheet;
      const actual = resultOf(sheet, address);
      if (typeof result === "number") expect({ sheetName, address, actual: Number(actual) }).toEqual({ sheetName, address, actual: expect.closeTo(result, 9) });
      else expect({ sheetName, address, actual }).toEqual({ sheetName, address, actual: result });
    }
  });
});
