/** Descriptions that cannot make a valid file fail with a named error that says where. */
import type { SheetDescription, WorkbookDescription } from "../../../src/workbook/description";
import { writeWorkbookXlsx, XlsxDescriptionError } from "../../../src/xlsx";

const sheet = (overrides: Partial<SheetDescription> = {}): SheetDescription => ({ name: "Summary", blocks: [], ...overrides });
const book = (...sheets: SheetDescription[]): WorkbookDescription => ({ sheets });

async function failure(description: WorkbookDescription): Promise<XlsxDescriptionError> {
  try {
    await writeWorkbookXlsx(description);
  } catch (error) {
    if (error instanceof XlsxDescriptionError) return error;
    throw error;
  }
  throw new Error("expected the writer to refuse the description");
}

describe("writeWorkbookXlsx refuses descriptions Excel would repair or reject", () => {
  it.each<[string, WorkbookDescription, RegExp]>([
    ["a colour that is not #RRGGBB", book(sheet({ blocks: [{ at: "A1", rows: [[{ value: 1, style: { fill: "red" } }]] }] })), /Summary!A1 fill: "red"/],
    ["a bad tab colour", book(sheet({ tabColor: "#12345" })), /tab colour/],
    ["two sheets with one name", book(sheet(), sheet({ name: "SUMMARY" })), /two sheets/],
    ["a sheet name with a colon", book(sheet({ name: "Q4: review" })), /cannot hold/],
    ["a table and a name sharing a name", { sheets: [sheet({ blocks: [{ at: "A1", table: { name: "Deals" }, rows: [["a"], [1]] }] })], names: [{ name: "deals", reference: "=Summary!$A$1" }] }, /used twice/],
    ["a name that reads as a cell", { sheets: [sheet()], names: [{ name: "FY27", reference: "=Summary!$A$1" }] }, /not a valid Excel name/],
    ["a table column without a header", book(sheet({ blocks: [{ at: "A1", table: { name: "T" }, rows: [["a", null], [1, 2]] }] })), /column 2 of the table has no header/],
    ["a table with two columns of one name", book(sheet({ blocks: [{ at: "A1", table: { name: "T" }, rows: [["a", "A"], [1, 2]] }] })), /two columns named "A"/],
    ["a table header that is a formula", book(sheet({ blocks: [{ at: "A1", table: { name: "T" }, rows: [[{ formula: "=1" }], [1]] }] })), /header of table T/],
    ["a this-row reference outside a table", book(sheet({ blocks: [{ at: "B4", rows: [[{ formula: "=[@amount]" }]] }] })), /Summary!B4/],
    ["a number that is not finite", book(sheet({ blocks: [{ at: "A1", rows: [[Number.NaN]] }] })), /NaN/],
    ["a hidden active sheet", { sheets: [sheet(), sheet({ name: "Data", hidden: true })], activeSheet: "Data" }, /is hidden/],
    ["an unknown active sheet", { sheets: [sheet()], activeSheet: "Nope" }, /not one of the sheets/],
    ["only hidden sheets", book(sheet({ hidden: true })), /visible/],
    ["a Between rule without formula2", book(sheet({ conditionalFormats: [{ range: "A1:A3", operator: "Between", formula1: "1" }] })), /formula2/],
    ["print titles that are not rows", book(sheet({ print: { orientation: "Portrait", fitToWidth: false, titleRows: "A:B" } })), /row range/],
    ["a chart source without series", book(sheet({ blocks: [{ at: "A1", rows: [["x"], [1]] }], charts: [{ name: "c", kind: "Line", title: "", source: "A1:A2", from: "C1", to: "H10" }] })), /at least one series/],
    ["a hidden series that does not exist", book(sheet({ blocks: [{ at: "A1", rows: [["x", "y"], [1, 2]] }], charts: [{ name: "c", kind: "ColumnStacked", title: "", source: "A1:B2", from: "C1", to: "H10", hiddenSeries: [1] }] })), /hidden series 1/],
    ["a chart ending before it starts", book(sheet({ blocks: [{ at: "A1", rows: [["x", "y"], [1, 2]] }], charts: [{ name: "c", kind: "Line", title: "", source: "A1:B2", from: "H10", to: "C1" }] })), /not below and right/],
    ["two charts with one name", book(sheet({ blocks: [{ at: "A1", rows: [["x", "y"], [1, 2]] }], charts: [1, 2].map(() => ({ name: "c", kind: "Line" as const, title: "", source: "A1:B2", from: "C1", to: "H10" })) })), /two charts/],
  ])("%s", async (_, description, message) => {
    const error = await failure(description);
    expect(error.name).toBe("XlsxDescriptionError");
    expect(error.message).toMatch(message);
  });
});
