import ExcelJS from "exceljs";
import { createExcelHost, exportToXlsx } from "../../host";
import { describeWithOracle } from "../../oracles/availability";
import { recalculateWithLibreOffice } from "../../oracles/libreoffice";

const resultOf = (sheet: ExcelJS.Worksheet, address: string): unknown => {
  const value = sheet.getCell(address).value;
  return value !== null && typeof value === "object" && "formula" in value ? value.result : value;
};

describeWithOracle("libreoffice", "the host's .xlsx export, recalculated by LibreOffice", () => {
  it("computes SUM and SUMIFS over the exported cells, table and names", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Pipeline");
      sheet.getRange("A1:C5").values = [
        ["region", "stage", "amount"],
        ["NA", "Commit", 100],
        ["EMEA", "Commit", 250.5],
        ["NA", "Pipeline", 40],
        ["NA", "Commit", 9.5],
      ];
      sheet.tables.add("A1:C5", true).name = "Deals";
      context.workbook.names.add("Amounts", sheet.getRange("C2:C5"));
      sheet.getRange("E1:E4").formulas = [["=SUM(C2:C5)"], ['=SUMIFS(C2:C5,A2:A5,"NA",B2:B5,"Commit")'], ["=SUM(Amounts)"], ["=E2/E1"]];
      sheet.getRange("E4").numberFormat = [["0.00%"]];
    });
    const xlsx = await exportToXlsx(host);
    const recalculated = await recalculateWithLibreOffice(xlsx);
    const sheet = recalculated.getWorksheet("Pipeline") as ExcelJS.Worksheet;
    expect(resultOf(sheet, "E1")).toBe(400);
    expect(resultOf(sheet, "E2")).toBe(109.5);
    expect(resultOf(sheet, "E3")).toBe(400);
    expect(resultOf(sheet, "E4")).toBeCloseTo(109.5 / 400, 12);
    expect(sheet.getCell("E4").numFmt).toBe("0.00%");
    expect(recalculated.worksheets.map((w) => w.name)).toEqual(["Sheet1", "Pipeline"]);
  });
});
