import type { CellEntry, SheetDescription } from "../../workbook/description";
import { currencyFormat, FORMATS, headerRow, LANDSCAPE, noteRow, sectionRow, STYLES, titleRows } from "./layout";
import type { ReportContext } from "./reportContext";
import type { ReportSections } from "./sections";

type TerritorySection = NonNullable<ReportSections["territories"]>;

const METRIC_LABELS: Record<string, string> = {
  accounts: "Accounts",
  potential: "Potential",
  openPipeline: "Open pipeline",
  bookingsTtm: "Bookings (trailing 12 months)",
};

/**
 * Territory balance: the indexes (coefficient of variation, Gini, max/min) of one metric over leaf
 * territories and each territory against the corridor around the mean, from the territory engine.
 * @example qbrTerritoriesSheet(context, "QBR Territories", section).name
 */
export function qbrTerritoriesSheet(context: ReportContext, sheetName: string, section: TerritorySection): SheetDescription {
  const money = currencyFormat(context.currency);
  const label = METRIC_LABELS[section.metric] ?? section.metric;
  const stats = section.balance.stats;
  const rows: CellEntry[][] = [
    ...titleRows(`Territory balance — ${label}`, `Leaf territories as of ${context.asOf} · corridor ±${Math.round(section.balance.corridor * 100)}% of the mean`),
    sectionRow("Balance indexes"),
    ["Coefficient of variation", { value: stats?.cv ?? "n/a", numberFormat: FORMATS.percent }, { value: "Standard deviation ÷ mean (0 = perfectly even).", style: STYLES.note }],
    ["Gini", { value: stats?.gini ?? "n/a", numberFormat: "0.000" }, { value: "0 = every territory equal, 1 = one territory holds everything.", style: STYLES.note }],
    ["Max ÷ min", { value: stats?.maxMin ?? "n/a", numberFormat: FORMATS.multiple }, { value: "Largest territory over the smallest.", style: STYLES.note }],
    ["Outside the corridor", { value: section.balance.outside.length, numberFormat: FORMATS.count }],
    [],
    headerRow(["Territory", "Name", "Accounts", "Potential", "Open pipeline", "Bookings TTM", `${label} % of mean`, "Position"]),
  ];
  const byId = new Map(section.balance.items.map((item) => [item.id, item]));
  const headerAt = rows.length;
  for (const territory of section.rows.filter((row) => row.isLeaf)) {
    const item = byId.get(territory.territoryId);
    rows.push([
      territory.territoryId,
      territory.name,
      { value: territory.accounts, numberFormat: FORMATS.count },
      { value: territory.potential, numberFormat: money },
      { value: territory.openPipeline, numberFormat: money },
      { value: territory.bookingsTtm, numberFormat: money },
      { value: item?.ofMean ?? "n/a", numberFormat: FORMATS.percent },
      { value: item?.position ?? "", style: item && item.position !== "within" ? { bold: true, fontColor: "#9C0006" } : undefined },
    ]);
  }
  rows.push([], noteRow("Values from the SalesOps territory engine (metrics per territory from the Accounts, Opportunities and Territories tables)."));
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    columnWidths: [{ column: 0, width: 24 }, { column: 1, width: 26 }, ...[2, 3, 4, 5, 6].map((column) => ({ column, width: 16 })), { column: 7, width: 10 }],
    freeze: { rows: headerAt, columns: 2 },
    print: { ...LANDSCAPE, titleRows: `${headerAt}:${headerAt}` },
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}
