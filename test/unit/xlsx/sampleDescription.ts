/**
 * A report-like description using every feature the .xlsx writer renders, with the cached result
 * of every formula worked out here (so LibreOffice's recalculation can be compared with them).
 */
import type { BlockDescription, CellDescription, WorkbookDescription } from "../../../src/workbook/description";

export const DEALS: readonly [string, string, number][] = [
  ["NA", "Commit", 100],
  ["EMEA", "Commit", 250.5],
  ["NA", "Pipeline", 40],
  ["NA", "Commit", 9.5],
  ["APAC", "Best Case", 60],
];

export const MONTHLY_BOOKINGS = [112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118];

/** Least-squares line through (1, y1) … (n, yn), evaluated at x: what FORECAST.LINEAR computes. */
export function linearForecast(values: readonly number[], x: number): number {
  const xs = values.map((_, i) => i + 1);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = values.reduce((a, b) => a + b, 0) / values.length;
  const slope = xs.reduce((s, xi, i) => s + (xi - meanX) * (values[i] - meanY), 0) / xs.reduce((s, xi) => s + (xi - meanX) ** 2, 0);
  return meanY + slope * (x - meanX);
}

function sampleStdev(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

const commit = (region: string) => DEALS.filter(([r, s]) => r === region && s === "Commit").reduce((sum, [, , amount]) => sum + amount, 0);
const amounts = DEALS.map(([, , amount]) => amount);
const regions: [string, number][] = [["NA", 150], ["EMEA", 200], ["APAC", 100]];

const dealsTable: BlockDescription = {
  at: "A1",
  table: { name: "Deals", style: "TableStyleLight9", showBandedRows: false },
  rows: [["region", "stage", "amount", "weighted"], ...DEALS.map(([region, stage, amount]) => [region, stage, amount, { formula: "=[@amount]*0.5", result: amount * 0.5 }])],
  columnFormats: [null, null, "#,##0.00", "#,##0.00"],
};

const header = { bold: true, fill: "#DDEBF7", borderBottom: "Thin", horizontalAlignment: "Center" } as const;

const regionBlock: BlockDescription = {
  at: "A4",
  headerRows: 1,
  columnFormats: [null, "#,##0", "#,##0", "0.0%"],
  rows: [
    ["Region", "Commit", "Quota", "Attainment"].map((value): CellDescription => ({ value, style: header })),
    ...regions.map(([region, quota], i) => [
      region,
      { formula: `=SUMIFS(Deals[amount],Deals[region],A${5 + i},Deals[stage],"Commit")`, result: commit(region) },
      quota,
      { formula: `=B${5 + i}/C${5 + i}`, result: commit(region) / quota },
    ]),
    [
      { value: "Total", style: { italic: true, indentLevel: 1 } },
      { formula: "=SUM(B5:B7)", result: regions.reduce((s, [r]) => s + commit(r), 0), style: { borderTop: "Medium", bold: true } },
      { formula: "=SUM(C5:C7)", result: 450, style: { borderTop: "Medium" } },
      { formula: "=B8/C8", result: regions.reduce((s, [r]) => s + commit(r), 0) / 450, numberFormat: "0.00%", style: { borderTop: "Medium" } },
    ],
  ],
};

const checksBlock: BlockDescription = {
  at: "A10",
  rows: [
    ["Weighted total", { formula: "=SUM(Deals[weighted])", result: amounts.reduce((a, b) => a + b, 0) * 0.5 }],
    ["Month 13 forecast", { formula: "=FORECAST.LINEAR(13,'FY27'!B2:B13,'FY27'!A2:A13)", result: linearForecast(MONTHLY_BOOKINGS, 13), numberFormat: "#,##0.0" }],
    ["Deal spread", { formula: "=STDEV.S(Data!C2:C6)", result: sampleStdev(amounts) }],
    ["LATAM row", { formula: '=IFNA(MATCH("LATAM",Data!A2:A6,0),"none")', result: "none" }],
    ["All deals", { formula: "=Deal_Total", result: amounts.reduce((a, b) => a + b, 0) }],
    ["Over 400?", { formula: "=B14>400", result: true }],
    [{ value: "A long note that wraps inside its cell rather than spilling over the next columns.", style: { wrapText: true, fontSize: 9, fontColor: "#595959" } }],
  ],
};

const waterfallBlock: BlockDescription = {
  at: "F4",
  rows: [["Step", "Base", "Change"], ["Start", 0, 400], ["Created", 400, 120], ["Lost", 450, 70], ["End", 0, 450]],
  columnFormats: [null, "#,##0", "#,##0"],
  headerRows: 1,
};

export const SAMPLE: WorkbookDescription = {
  activeSheet: "Summary",
  sheets: [
    { name: "Data", hidden: true, blocks: [dealsTable] },
    {
      name: "Summary",
      blocks: [
        { at: "A1", rows: [[{ value: "Q4 review", style: { bold: true, fontSize: 14, fontColor: "#1F4E79" } }], ["Period", "FY2027-Q4", "=SUM(A1:A3)"]] },
        regionBlock,
        checksBlock,
        waterfallBlock,
      ],
      columnWidths: [{ column: 0, width: 18 }, { column: 1, width: 12 }, { column: 3, width: 11.5 }],
      freeze: { rows: 4, columns: 1 },
      conditionalFormats: [
        { range: "D5:D7", operator: "LessThan", formula1: "0.7", fill: "#F8CBAD", fontColor: "#9C0006" },
        { range: "D5:D7", operator: "Between", formula1: "=0.7", formula2: "=0.9999", fill: "#FFEB9C" },
        { range: "D5:D7", operator: "GreaterThanOrEqual", formula1: "=1", fill: "#C6EFCE", fontColor: "#006100" },
      ],
      charts: [
        { name: "Pipeline walk", kind: "ColumnStacked", title: "Pipeline walk", source: "F4:H8", from: "J2", to: "Q18", hiddenSeries: [0], valueFormat: "#,##0" },
        { name: "Commit by region", kind: "BarClustered", title: "Commit by region", source: "A4:B7", from: "J20", to: "Q34" },
      ],
      print: { orientation: "Landscape", fitToWidth: true, titleRows: "1:4" },
      tabColor: "#1F4E79",
      showGridlines: false,
    },
    {
      name: "FY27",
      blocks: [{ at: "A1", rows: [["Month", "Bookings"], ...MONTHLY_BOOKINGS.map((value, i) => [i + 1, value])] }],
      charts: [
        { name: "Bookings trend", kind: "Line", title: "Bookings & trend <FY27>", source: "A1:B13", from: "D2", to: "L18", valueFormat: "#,##0" },
        { name: "Bookings by month", kind: "ColumnClustered", title: "", source: "A1:B13", from: "D20", to: "L36" },
      ],
    },
  ],
  names: [
    { name: "Report_Period", reference: "='Summary'!$B$2", comment: "The period this report covers" },
    { name: "Deal_Total", reference: "=SUM(Data!$C$2:$C$6)" },
  ],
};

/** Every formula cell of the sample: sheet, address and the cached result. */
export function sampleFormulas(): { sheet: string; address: string; formula: string; result: CellDescription["result"] }[] {
  const found: { sheet: string; address: string; formula: string; result: CellDescription["result"] }[] = [];
  for (const sheet of SAMPLE.sheets)
    for (const block of sheet.blocks) {
      const column = block.at.charCodeAt(0) - 65;
      const row = Number(block.at.slice(1)) - 1;
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (typeof cell === "object" && cell !== null && cell.formula) found.push({ sheet: sheet.name, address: `${String.fromCharCode(65 + column + c)}${row + r + 1}`, formula: cell.formula, result: cell.result });
        }),
      );
    }
  return found;
}
