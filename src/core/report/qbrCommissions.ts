import type { CellEntry, SheetDescription } from "../../workbook/description";
import type { CommissionRun } from "../commission/types";
import { centsFormat, FORMATS, headerRow, LANDSCAPE, noteRow, STYLES, titleRows } from "./layout";
import type { ReportContext } from "./reportContext";
import { sumCell } from "./sumRow";

/**
 * Commissions of the reviewed quarter per rep, from the commission engine (values, in each plan's
 * currency: the plans of the demo org and most orgs pay in one), with live totals.
 * @example qbrCommissionsSheet(context, "QBR Commissions", run).blocks.length // 1
 */
export function qbrCommissionsSheet(context: ReportContext, sheetName: string, run: CommissionRun): SheetDescription {
  const currencies = [...new Set(run.reps.map((rep) => rep.currency))];
  const money = centsFormat(currencies.length === 1 ? currencies[0] : context.currency);
  const headerAt = 4;
  const first = headerAt + 1;
  const reps = [...run.reps].sort((a, b) => a.repName.localeCompare(b.repName));
  const last = headerAt + reps.length;
  const rows: CellEntry[][] = [
    ...titleRows(`Commissions — ${run.period}`, `From the commission plans in this workbook · ${run.range ? `${run.range.start} to ${run.range.end}` : run.period}`),
    headerRow(["Rep", "Name", "Currency", "Credit", "Attainment", "Earnings", "Draws", "Payout"]),
  ];
  for (const rep of reps) {
    rows.push([
      rep.repId,
      rep.repName,
      rep.currency,
      { value: rep.credit, numberFormat: money },
      { value: rep.attainment, numberFormat: FORMATS.percent },
      { value: rep.totals.earnings, numberFormat: money },
      { value: rep.totals.draws, numberFormat: money },
      { value: rep.payout, numberFormat: money },
    ]);
  }
  if (currencies.length <= 1) {
    rows.push([
      { value: "Total", style: STYLES.total },
      { value: "", style: STYLES.total },
      { value: "", style: STYLES.total },
      sumCell("D", first, last, reps.map((r) => r.credit), money),
      { value: "", style: STYLES.total },
      sumCell("F", first, last, reps.map((r) => r.totals.earnings), money),
      sumCell("G", first, last, reps.map((r) => r.totals.draws), money),
      sumCell("H", first, last, reps.map((r) => r.payout), money),
    ]);
  }
  rows.push([], noteRow("Values from the SalesOps commission engine (each payout is the sum of its statement lines, rounded to cents per line); write statements from the Commissions view for the lines."));
  if (run.issues.length) rows.push(noteRow(`${run.issues.length} issue(s) affect these figures, e.g.: ${run.issues[0].message}`));
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    columnWidths: [{ column: 0, width: 12 }, { column: 1, width: 24 }, { column: 2, width: 9 }, ...[3, 4, 5, 6, 7].map((column) => ({ column, width: 16 }))],
    freeze: { rows: headerAt, columns: 2 },
    print: { ...LANDSCAPE, titleRows: `${headerAt}:${headerAt}` },
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}
