/**
 * LibreOffice as the independent engine: the .xlsx the writer produces opens, and every formula —
 * SUMIFS over a table's structured references, this-row references, FORECAST.LINEAR and other
 * prefixed functions, defined names — recalculates to the result the description caches.
 */
import type ExcelJS from "exceljs";
import type { CellEntry, WorkbookDescription } from "../../../src/workbook/description";
import { isCellDescription } from "../../../src/workbook/description";
import { writeWorkbookXlsx } from "../../../src/xlsx";
import { describeWithOracle } from "../../oracles/availability";
import { recalculateWithLibreOffice } from "../../oracles/libreoffice";
import { readFormula } from "./cellReading";
import { SAMPLE, sampleFormulas } from "./sampleDescription";

/** The sample without any cached result, so every value read back is LibreOffice's own. */
function withoutCachedResults(description: WorkbookDescription): WorkbookDescription {
  const strip = (entry: CellEntry): CellEntry => (isCellDescription(entry) && entry.formula !== undefined ? { ...entry, result: undefined } : entry);
  return { ...description, sheets: description.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map((block) => ({ ...block, rows: block.rows.map((row) => row.map(strip)) })) })) };
}

describeWithOracle("libreoffice", "the .xlsx writer, recalculated by LibreOffice", () => {
  let recalculated: ExcelJS.Workbook;

  beforeAll(async () => {
    recalculated = await recalculateWithLibreOffice(await writeWorkbookXlsx(withoutCachedResults(SAMPLE)));
  });

  it("keeps the sheets", () => {
    expect(recalculated.worksheets.map((w) => w.name)).toEqual(["Data", "Summary", "FY27"]);
  });

  it("computes every formula to the result the description caches", () => {
    for (const { sheet, address, result } of sampleFormulas()) {
      const computed = readFormula((recalculated.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(address)).result;
      if (typeof result === "number") {
        expect({ at: `${sheet}!${address}`, type: typeof computed }).toEqual({ at: `${sheet}!${address}`, type: "number" });
        expect(computed as number).toBeCloseTo(result, 9);
      } else expect({ at: `${sheet}!${address}`, computed }).toEqual({ at: `${sheet}!${address}`, computed: result });
    }
  });

  it("knows FORECAST.LINEAR and STDEV.S thanks to their prefix (no #NAME?)", () => {
    const summary = recalculated.getWorksheet("Summary") as ExcelJS.Worksheet;
    for (const address of ["B11", "B12", "B13"]) expect(readFormula(summary.getCell(address)).result).not.toEqual({ error: "#NAME?" });
    expect(readFormula(summary.getCell("B11")).formula).toMatch(/^_xlfn\.FORECAST\.LINEAR\(/);
  });

  it("keeps text that looks like a formula as text", () => {
    expect((recalculated.getWorksheet("Summary") as ExcelJS.Worksheet).getCell("C2").value).toBe("=SUM(A1:A3)");
  });
});
