/**
 * Commission statements as a workbook description: one sheet per rep, ready to print or send. Who,
 * which period and plan, quota, credit and attainment on top; the components and the payout as
 * live formulas over the lines; then every statement line with its deals, rule, tier, basis and
 * rate. The formulas carry the engine's figures as their results, so a reader that does not
 * recalculate shows the same numbers, and a recalculation proves the lines add up to the payout.
 */
import { cellAddress, absoluteAddress } from "../../workbook/a1";
import type { BlockDescription, CellDescription, CellEntry, SheetDescription, WorkbookDescription } from "../../workbook/description";
import { CommissionError } from "./errors";
import type { Plan } from "./planSchema";
import { currencyFormat, LINE_KIND_LABELS, LINE_KIND_ORDER, PERCENT_FORMAT, RATE_FORMAT, tierLabel } from "./statementWorkbookFormats";
import { statementSheetNames } from "./statementWorkbookNames";
import type { CommissionRun, RepPeriodResult } from "./types";

export interface StatementWorkbookOptions {
  /** Only these reps' statements, in the run's order; every rep of the run when absent. */
  repIds?: readonly string[];
  /** Deal names by id, shown beside the ids so a rep recognises the deal. */
  dealNames?: ReadonlyMap<string, string>;
}

const LINE_HEADERS = ["Kind", "Deals", "Rule", "Tier", "Basis", "Rate", "Amount", "Description"];
/** 0-based columns of the lines block that the summary formulas read. */
const KIND_COLUMN = 0;
const AMOUNT_COLUMN = 6;
const TITLE_ROWS = 2;

const HEADER_STYLE = { bold: true, fill: "#DCE6F1", borderBottom: "Thin" } as const;
const SECTION_STYLE = { bold: true, fontSize: 12 } as const;
const LABEL_STYLE = { bold: true } as const;

/** Sums whole cents so a formula's expected result is exactly what the lines add up to. */
const sumAmounts = (lines: readonly { amount: number }[]): number => lines.reduce((cents, line) => cents + Math.round(line.amount * 100), 0) / 100;

function planNames(rep: RepPeriodResult, plans: readonly Plan[]): string {
  const ids = [...new Set(rep.segments.map((segment) => segment.planId))];
  return ids.map((id) => {
    const name = plans.find((plan) => plan.id === id)?.name.trim();
    return name ? `${name} (${id})` : id;
  }).join("; ");
}

function dealsText(ids: readonly string[], names: ReadonlyMap<string, string> | undefined): string {
  return ids.map((id) => (names?.get(id)?.trim() ? `${id} ${names.get(id)?.trim()}` : id)).join(", ");
}

/** Rows are appended top to bottom; each knows its 0-based index, which the formulas need. */
class Rows {
  readonly rows: CellEntry[][] = [];
  add(...cells: CellEntry[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
}

function statementSheet(rep: RepPeriodResult, name: string, run: CommissionRun, plans: readonly Plan[], options: StatementWorkbookOptions): SheetDescription {
  const money = currencyFormat(rep.currency);
  const top = new Rows();
  top.add({ value: `Commission statement: ${rep.repName}`, style: { bold: true, fontSize: 14 } });
  const range = run.range ? ` · ${run.range.start} to ${run.range.end}` : "";
  top.add({ value: `${rep.period}${range} · ${rep.currency}`, style: { italic: true, fontColor: "#595959" } });
  top.add();
  const label = (text: string): CellDescription => ({ value: text, style: LABEL_STYLE });
  top.add(label("Rep"), `${rep.repName} (${rep.repId})`);
  top.add(label("Period"), rep.period);
  top.add(label("Plan"), planNames(rep, plans));
  const quotaRow = top.add(label("Quota"), rep.quota === null ? "No quota" : { value: rep.quota, numberFormat: money });
  const creditRow = top.add(label("Credit"), { value: rep.credit, numberFormat: money });
  top.add(
    label("Attainment"),
    rep.quota !== null && rep.quota > 0 && rep.attainment !== null
      ? { formula: `=${cellAddress(creditRow, 1)}/${cellAddress(quotaRow, 1)}`, result: rep.attainment, numberFormat: PERCENT_FORMAT }
      : "—",
  );
  top.add();

  // The summary sits above the lines but reads them: its rows are counted first to place the lines.
  const kinds = LINE_KIND_ORDER.filter((kind) => rep.lines.some((line) => line.kind === kind));
  const summaryStart = top.rows.length;
  const summaryRows = 1 + kinds.length + 1 + (rep.locked ? 2 : 0);
  const notes = rep.issues.map((issue) => issue.message);
  const notesRows = notes.length > 0 ? notes.length + 2 : 0;
  const linesTitle = summaryStart + summaryRows + 1 + notesRows;
  const firstLine = linesTitle + 2;
  const lastLine = firstLine + Math.max(rep.lines.length, 1) - 1;
  const kindRange = `${absoluteAddress(firstLine, KIND_COLUMN)}:${absoluteAddress(lastLine, KIND_COLUMN)}`;
  const amountRange = `${absoluteAddress(firstLine, AMOUNT_COLUMN)}:${absoluteAddress(lastLine, AMOUNT_COLUMN)}`;

  top.add({ value: "Summary", style: HEADER_STYLE }, { value: "Amount", style: { ...HEADER_STYLE, horizontalAlignment: "Right" } });
  for (const kind of kinds) {
    const lines = rep.lines.filter((line) => line.kind === kind);
    top.add(LINE_KIND_LABELS[kind], { formula: `=SUMIF(${kindRange},"${LINE_KIND_LABELS[kind]}",${amountRange})`, result: sumAmounts(lines), numberFormat: money });
  }
  const totalRow = top.add(
    { value: "Total payout", style: { bold: true, borderTop: "Thin" } },
    { formula: `=SUM(${cellAddress(firstLine, AMOUNT_COLUMN)}:${cellAddress(lastLine, AMOUNT_COLUMN)})`, result: rep.payout, numberFormat: money, style: { bold: true, borderTop: "Thin" } },
  );
  if (rep.locked) {
    // A recalculation never changes what was locked: the difference is shown, and paid next period.
    const lockedRow = top.add(label("Locked payout"), { value: rep.locked.payout, numberFormat: money });
    top.add(
      label("Difference"),
      { formula: `=${cellAddress(totalRow, 1)}-${cellAddress(lockedRow, 1)}`, result: rep.locked.difference, numberFormat: money },
      { value: rep.locked.difference === 0 ? "Matches the locked payout." : "Paid as an adjustment in the next period, not by changing this one.", style: { italic: true } },
    );
  }
  top.add();
  if (notes.length > 0) {
    top.add({ value: "Notes", style: SECTION_STYLE });
    for (const note of notes) top.add(note);
    top.add();
  }
  top.add({ value: "Statement lines", style: SECTION_STYLE });
  if (top.rows.length !== firstLine - 1) throw new CommissionError(`Statement layout is off by ${top.rows.length - (firstLine - 1)} rows for ${rep.repId}.`);

  const lineRows: CellEntry[][] = [
    LINE_HEADERS.map((header, column): CellEntry => ({ value: header, style: column >= 4 && column <= 6 ? { ...HEADER_STYLE, horizontalAlignment: "Right" } : HEADER_STYLE })),
    ...(rep.lines.length > 0
      ? rep.lines.map((line): CellEntry[] => [LINE_KIND_LABELS[line.kind], dealsText(line.opportunityIds, options.dealNames), line.rule, tierLabel(line, plans), line.basis, line.rate, line.amount, line.description])
      : [["No statement lines in this period.", null, null, null, null, null, null, null]]),
  ];
  const blocks: BlockDescription[] = [
    { at: "A1", rows: top.rows },
    { at: cellAddress(firstLine - 1, 0), rows: lineRows, headerRows: 1, columnFormats: ["@", "@", "@", "@", money, RATE_FORMAT, money, "@"] },
  ];
  return {
    name,
    blocks,
    columnWidths: [16, 26, 16, 22, 14, 9, 14, 48].map((width, column) => ({ column, width })),
    freeze: { rows: TITLE_ROWS, columns: 0 },
    print: { orientation: "Landscape", fitToWidth: true, titleRows: `1:${TITLE_ROWS}` },
    showGridlines: false,
    tabColor: "#2F5597",
  };
}

/**
 * The statements of a run as a workbook description, one sheet per rep ("Stmt Ada Park"), names
 * unique and within Excel's 31 characters. Throws CommissionError for a rep id not in the run.
 * @example
 * const book = statementWorkbook(run, [DEMO_AE_PLAN], { repIds: ["REP-019"] });
 * book.sheets[0].name // "Stmt Sarah Martinez"
 */
export function statementWorkbook(run: CommissionRun, plans: readonly Plan[], options: StatementWorkbookOptions = {}): WorkbookDescription {
  const wanted = options.repIds ? new Set(options.repIds) : null;
  if (wanted) {
    const missing = [...wanted].filter((id) => !run.reps.some((rep) => rep.repId === id));
    if (missing.length > 0) throw new CommissionError(`No statement for ${missing.join(", ")}: not computed in ${run.period}.`);
  }
  const reps = run.reps.filter((rep) => !wanted || wanted.has(rep.repId));
  const names = statementSheetNames(reps);
  const sheets = reps.map((rep, i) => statementSheet(rep, names[i], run, plans, options));
  return { sheets, activeSheet: sheets[0]?.name };
}
