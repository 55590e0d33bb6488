/** A workbook description that uses every feature the writers render, shaped like a QBR report. */
import type { CellEntry, WorkbookDescription } from "../../../../src/workbook/description";

/** Text a spreadsheet would turn into a formula, number, date, percentage or boolean if typed. */
export const TRICKY_TEXT = ["=SUM(A1)", "+1 call", "-5+2", "@risk", "-", "2026-01-31", "30%", "00123", "TRUE", "'quoted", "1e3"];

const money = "#,##0";
const header = { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", horizontalAlignment: "Center" as const, borderBottom: "Medium" as const };

export const dealRows: CellEntry[][] = [
  ["id", "owner", "stage", "amount", "close"],
  ["O-1", "Ada", "Commit", 1200, 46387],
  ["O-2", "Grace", "Pipeline", 800.5, 46400],
  ["O-3", "Linus", "Closed", 2500, 46350],
  ["O-4", "=not a formula", "Commit", 40, 46410],
];

export function reportDescription(): WorkbookDescription {
  return {
    sheets: [
      {
        name: "QBR Summary",
        blocks: [
          { at: "A1", rows: [[{ value: "Quarterly business review", style: { bold: true, fontSize: 14, fontColor: "#1F4E79" } }], ["Period", { value: "FY2027-Q4", style: { italic: true } }]] },
          {
            at: "A4",
            rows: [
              [{ value: "figure", style: header }, { value: "value", style: header }],
              ["Commit", { formula: "=SUMIFS(Deals[amount],Deals[stage],\"Commit\")", result: 1240, numberFormat: money }],
              ["Won", { formula: "=SUMIFS('QBR Data'!$D$2:$D$5,'QBR Data'!$C$2:$C$5,\"Closed\")", result: 2500, numberFormat: money }],
              ["Attainment", { formula: "=B6/Lookup!B1", result: 0.5, numberFormat: "0.0%" }],
              [{ value: "Total", style: { bold: true, borderTop: "Thin" } }, { formula: "=SUM(B5:B6)", result: 3740, numberFormat: money, style: { bold: true, borderTop: "Thin", indentLevel: 1 } }],
              ["Period again", { formula: "=Report_Period", result: "FY2027-Q4" }],
            ],
          },
          { at: "D4", rows: [["note"], ...TRICKY_TEXT.map((text) => [text])] },
          {
            at: "F4",
            rows: [
              ["step", "base", "change"],
              ["Start", 0, 1000],
              ["Created", 1000, 400],
              ["Lost", 1150, 250],
              ["End", 0, 1150],
            ],
            columnFormats: [null, money, money],
            headerRows: 1,
          },
        ],
        columnWidths: [
          { column: 0, width: 18 },
          { column: 3, width: 30 },
        ],
        freeze: { rows: 4, columns: 1 },
        conditionalFormats: [
          { range: "B5:B8", operator: "GreaterThan", formula1: "1000", fill: "#C6EFCE", fontColor: "#006100" },
          { range: "B7", operator: "Between", formula1: "0", formula2: "=Lookup!B2", fontColor: "#9C0006" },
        ],
        charts: [{ name: "PipelineBridge", kind: "ColumnStacked", title: "Pipeline bridge", source: "F4:H8", from: "J2", to: "Q18", hiddenSeries: [0], valueFormat: money }],
        print: { orientation: "Landscape", fitToWidth: true, titleRows: "1:4" },
        tabColor: "#1F4E79",
        showGridlines: false,
      },
      {
        name: "QBR Data",
        blocks: [{ at: "A1", rows: dealRows, columnFormats: ["@", "@", "@", money, "yyyy-mm-dd"], table: { name: "Deals", style: "TableStyleLight9", showBandedRows: false } }],
        freeze: { rows: 1, columns: 0 },
      },
      { name: "Lookup", blocks: [{ at: "A1", rows: [["quota", 5000], ["floor", 0.7]] }], hidden: true },
    ],
    names: [{ name: "Report_Period", reference: "='QBR Summary'!$B$2", comment: "The fiscal quarter the report covers" }],
    activeSheet: "QBR Summary",
  };
}
