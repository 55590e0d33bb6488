import { createExcelHost, ExcelHost } from "../../host";

async function write(host: ExcelHost, address: string, values: unknown[][], numberFormat?: string): Promise<void> {
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (numberFormat) range.numberFormat = values.map((row) => row.map(() => numberFormat));
    range.values = values;
    await context.sync();
  });
}

describe("ranges", () => {
  it.each([
    ["values", (r: Excel.Range) => (r.values = [[1, 2]])],
    ["formulas", (r: Excel.Range) => (r.formulas = [["=1"], ["=2"], ["=3"]])],
    ["numberFormat", (r: Excel.Range) => (r.numberFormat = [["0"], ["0", "0"]])],
  ])("fails a %s array that doesn't match the range's size", async (_property, set) => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        set(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range." });
    expect(host.usedAddress("Sheet1")).toBeNull();
  });

  it("applies a single non-array value to every cell", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      (context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2") as unknown as { numberFormat: string }).numberFormat = "0.00";
    });
    expect(host.numberFormats("Sheet1", "A1:B2")).toEqual([["0.00", "0.00"], ["0.00", "0.00"]]);
  });

  it("stores what Excel stores for typed entry", async () => {
    const host = createExcelHost();
    await write(host, "A1:J1", [["1", "+1", "-2.5", "30%", "2026-01-31", "TRUE", true, "", "'=1+1", "plain"]]);
    expect(host.values("Sheet1", "A1:J1")).toEqual([[1, 1, -2.5, 0.3, 46053, true, true, "", "=1+1", "plain"]]);
    expect(host.numberFormats("Sheet1", "D1:E1")).toEqual([["0%", "yyyy-mm-dd"]]);
    expect(host.cell("Sheet1", "I1")?.formula).toBeNull();
  });

  it("turns =, and in legacy builds +, - and @, into formulas, whose values the host doesn't compute", async () => {
    const host = createExcelHost();
    await write(host, "A1:D1", [["=SUM(B2:B3)", "-1+2", "@SUM(A1)", "+A1"]]);
    expect(host.formulas("Sheet1", "A1:D1")).toEqual([["=SUM(B2:B3)", "=-1+2", "=SUM(A1)", "=+A1"]]);
    expect(host.values("Sheet1", "A1:D1")).toEqual([[null, null, null, null]]);
    host.setFormulaResult("Sheet1", "B1", 1);
    expect(host.values("Sheet1", "B1")).toEqual([[1]]);

    const modern = createExcelHost({ legacyFormulaPrefixes: false });
    await write(modern, "A1:C1", [["-1+2", "@SUM(A1)", "=1"]]);
    expect(modern.formulas("Sheet1", "A1:C1")).toEqual([["-1+2", "@SUM(A1)", "=1"]]);
  });

  it("keeps every string as text in a cell formatted as text (@)", async () => {
    const host = createExcelHost();
    await write(host, "A1:C1", [["=HYPERLINK(\"http://x\",\"y\")", "00123", "+1"]], "@");
    expect(host.values("Sheet1", "A1:C1")).toEqual([["=HYPERLINK(\"http://x\",\"y\")", "00123", "+1"]]);
    expect(host.cell("Sheet1", "A1")?.formula).toBeNull();
  });

  it("treats null as 'leave unchanged' and \"\" as 'empty the cell'", async () => {
    const host = createExcelHost();
    await write(host, "A1:B1", [["a", "b"]]);
    await write(host, "A1:B1", [[null, ""]]);
    expect(host.values("Sheet1", "A1:B1")).toEqual([["a", ""]]);
  });

  it("reads address, size, text and the used range; derives ranges", async () => {
    const host = createExcelHost();
    await write(host, "B2:C3", [[1, "x"], [true, 2]]);
    const read = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange(true).load("address,rowCount,columnCount,text");
      const cell = used.getCell(1, 1).load("address,values");
      const last = used.getLastRow().getOffsetRange(1, 0).load("address");
      const resized = sheet.getRange("B:B").load("address");
      const empty = context.workbook.worksheets.add("Empty").getUsedRangeOrNullObject();
      await context.sync();
      return { used: used.address, rows: used.rowCount, text: used.text, cell: [cell.address, cell.values], last: last.address, column: resized.address, empty: empty.isNullObject };
    });
    expect(read).toEqual({ used: "Sheet1!B2:C3", rows: 2, text: [["1", "x"], ["TRUE", "2"]], cell: ["Sheet1!C3", [[2]]], last: "Sheet1!B4:C4", column: "Sheet1!B1:B1048576", empty: true });
  });

  it("sets fill and font, records autofit and clears", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["a", "b"]];
      range.format.fill.color = "#FFFF00";
      range.format.font.bold = true;
      range.format.font.color = "#FF0000";
      range.format.autofitColumns();
      const bold = range.format.font.load("bold");
      await context.sync();
      expect(bold.bold).toBe(true);
      range.getCell(0, 1).clear();
    });
    expect(host.cell("Sheet1", "A1")).toMatchObject({ value: "a", fill: "#FFFF00", bold: true, fontColor: "#FF0000" });
    expect(host.cell("Sheet1", "B1")).toBeUndefined();
    expect(host.model.sheets[0].autofitColumns).toEqual(["A:B"]);
  });
});
