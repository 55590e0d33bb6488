import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { writeWorkbookXlsxFile, XlsxDescriptionError } from "../../../src/xlsx";

describe("writeWorkbookXlsxFile", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), "salesops-xlsx-"));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("writes the workbook to the path, leaving no temporary file behind", async () => {
    const target = path.join(folder, "QBR.xlsx");
    await writeWorkbookXlsxFile({ sheets: [{ name: "Summary", blocks: [{ at: "A1", rows: [["Total", { formula: "=2+3", result: 5 }]] }] }] }, target);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    expect((book.getWorksheet("Summary") as ExcelJS.Worksheet).getCell("A1").value).toBe("Total");
    expect(readdirSync(folder)).toEqual(["QBR.xlsx"]);
  });

  it("leaves an existing file as it was when the description is refused", async () => {
    const target = path.join(folder, "QBR.xlsx");
    writeFileSync(target, "previous");
    await expect(writeWorkbookXlsxFile({ sheets: [{ name: "S", blocks: [], tabColor: "blue" }] }, target)).rejects.toThrow(XlsxDescriptionError);
    expect(readdirSync(folder)).toEqual(["QBR.xlsx"]);
  });
});
