import type { CellDescription, CellEntry, CellStyle, ConditionalFormatDescription, PrintSetup } from "../../workbook/description";

/** Number formats every report sheet shares, so a figure reads the same wherever it appears. */
export const FORMATS = {
  percent: "0.0%",
  rate: "0.000000",
  date: "yyyy-mm-dd",
  count: "#,##0",
  days: '#,##0" d"',
  multiple: '0.00"x"',
} as const;

/**
 * Whole units of the corporate currency with its code, e.g. `#,##0 "USD"`: a code reads the same in
 * every locale, where a symbol would need one format per currency.
 */
export function currencyFormat(currency: string): string {
  return `#,##0 "${currency}";-#,##0 "${currency}"`;
}

/** Cents, for statements and commission figures. */
export function centsFormat(currency: string): string {
  return `#,##0.00 "${currency}";-#,##0.00 "${currency}"`;
}

export const STYLES = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" } satisfies CellStyle,
  subtitle: { italic: true, fontColor: "#595959" } satisfies CellStyle,
  section: { bold: true, fontSize: 12, fontColor: "#1F3864", borderBottom: "Thin" } satisfies CellStyle,
  header: { bold: true, fill: "#D9E1F2", borderBottom: "Thin", wrapText: true } satisfies CellStyle,
  total: { bold: true, borderTop: "Thin" } satisfies CellStyle,
  note: { italic: true, fontColor: "#595959" } satisfies CellStyle,
  reportTab: "#1F3864",
  dataTab: "#A6A6A6",
} as const;

/** The attainment bands a sales leader reads at a glance: below 70% red, 70–100% amber, from 100% green. */
export function attainmentBands(range: string): ConditionalFormatDescription[] {
  return [
    { range, operator: "LessThan", formula1: "0.7", fill: "#F8CBAD", fontColor: "#9C0006" },
    { range, operator: "Between", formula1: "0.7", formula2: "0.99999", fill: "#FFE699", fontColor: "#7F6000" },
    { range, operator: "GreaterThanOrEqual", formula1: "1", fill: "#C6EFCE", fontColor: "#006100" },
  ];
}

export const LANDSCAPE: PrintSetup = { orientation: "Landscape", fitToWidth: true };

/** A title row, a subtitle row and a blank row. */
export function titleRows(title: string, subtitle: string): CellEntry[][] {
  return [[{ value: title, style: STYLES.title }], [{ value: subtitle, style: STYLES.subtitle }], []];
}

export function headerRow(labels: readonly string[]): CellDescription[] {
  return labels.map((label) => ({ value: label, style: STYLES.header }));
}

export function sectionRow(label: string): CellDescription[] {
  return [{ value: label, style: STYLES.section }];
}

export function noteRow(text: string): CellDescription[] {
  return [{ value: text, style: STYLES.note }];
}
