import type { CellEntry, SheetDescription } from "../../workbook/description";
import { rangeAddress } from "../../workbook/a1";
import { amountFormula, countFormula, matchingDeals } from "./dealFormulas";
import { attainmentBands, currencyFormat, FORMATS, headerRow, LANDSCAPE, noteRow, sectionRow, STYLES, titleRows } from "./layout";
import { quotaFormula, quotasFor } from "./quotaFormulas";
import type { ReportContext } from "./reportContext";
import { NOT_AVAILABLE } from "./qbrSummary";

interface RepLine {
  id: string;
  name: string;
  manager: string;
  region: string;
}

/** Reps with a quota or bookings in the period, by region, then manager, then name. */
function repsInPeriod(context: ReportContext, quotas: Map<string, number>, bookings: Map<string, number>): RepLine[] {
  const byId = new Map(context.dataSet.reps.map((rep) => [rep.id, rep]));
  const ids = new Set([...quotas.keys(), ...bookings.keys()]);
  return [...ids]
    .map((id) => {
      const rep = byId.get(id);
      return { id, name: rep?.name ?? id, manager: (rep && byId.get(rep.managerId)?.name) ?? "", region: rep?.region ?? "" };
    })
    .sort((a, b) => a.region.localeCompare(b.region) || a.manager.localeCompare(b.manager) || a.name.localeCompare(b.name));
}

/** INDEX/MATCH of a Reps column for the id in `idCell`; blank when the rep is not in the table. */
// &"": an empty text cell reads as 0 through INDEX, and a blank region or name must stay blank.
const repLookup = (column: string, idCell: string) => `=IFERROR(INDEX(Reps[${column}],MATCH(${idCell},Reps[id],0))&"","")`;
const managerLookup = (idCell: string) => `=IFERROR(INDEX(Reps[name],MATCH(INDEX(Reps[manager_id],MATCH(${idCell},Reps[id],0)),Reps[id],0))&"","")`;

/**
 * Attainment by rep and by region: quota and bookings are live formulas per rep, the region block
 * adds up the rep rows with SUMIFS, attainment is banded red/amber/green, and a column chart shows
 * attainment by region.
 * @example qbrAttainmentSheet(context, "QBR Attainment").charts?.[0].kind // "ColumnClustered"
 */
export function qbrAttainmentSheet(context: ReportContext, sheetName: string, title: string): SheetDescription {
  const money = currencyFormat(context.currency);
  const window = context.current;
  const quotaByOwner = quotasFor(context, window);
  const bookingsByOwner = new Map<string, number>();
  const wonByOwner = new Map<string, number>();
  for (const deal of matchingDeals(context, { window, dateField: "close_date", outcome: "won" })) {
    bookingsByOwner.set(deal.ownerId, (bookingsByOwner.get(deal.ownerId) ?? 0) + deal.amount);
    wonByOwner.set(deal.ownerId, (wonByOwner.get(deal.ownerId) ?? 0) + 1);
  }
  const reps = repsInPeriod(context, quotaByOwner, bookingsByOwner);

  const headerAt = 4; // 1-based row of the rep header
  const firstRep = headerAt + 1;
  const lastRep = headerAt + reps.length;
  const rows: CellEntry[][] = [...titleRows(title, `Attainment by rep and by region · ${window.start} to ${window.end} · amounts in ${context.currency}`)];
  rows.push(headerRow(["Rep", "Name", "Attainment", "Quota", "Bookings", "Deals won", "Manager", "Region"]));
  const attainmentResults: (number | string)[] = [];
  reps.forEach((rep, i) => {
    const r = firstRep + i;
    const owner = { cell: `$A${r}`, id: rep.id };
    const quota = quotaFormula(context, window, owner);
    const bookings = amountFormula(context, { window, dateField: "close_date", outcome: "won", owner });
    const won = countFormula(context, { window, dateField: "close_date", outcome: "won", owner });
    const attainment = quota.result > 0 ? bookings.result / quota.result : NOT_AVAILABLE;
    attainmentResults.push(attainment);
    rows.push([
      rep.id,
      { formula: repLookup("name", `$A${r}`), result: context.dataSet.reps.some((x) => x.id === rep.id) ? rep.name : "" },
      { formula: `=IF(D${r}>0,E${r}/D${r},"${NOT_AVAILABLE}")`, result: attainment, numberFormat: FORMATS.percent },
      { ...quota, numberFormat: money },
      { ...bookings, numberFormat: money },
      { ...won, numberFormat: FORMATS.count },
      { formula: managerLookup(`$A${r}`), result: rep.manager },
      { formula: repLookup("region", `$A${r}`), result: rep.region },
    ]);
  });
  const totalRow = lastRep + 1;
  const quotaTotal = [...quotaByOwner.values()].reduce((a, b) => a + b, 0);
  const bookingsTotal = reps.reduce((sum, rep) => sum + (bookingsByOwner.get(rep.id) ?? 0), 0);
  const wonTotal = reps.reduce((sum, rep) => sum + (wonByOwner.get(rep.id) ?? 0), 0);
  const sumOf = (column: string) => (reps.length ? `=SUM(${column}${firstRep}:${column}${lastRep})` : "=0");
  rows.push([
    { value: "Total", style: STYLES.total },
    { value: "", style: STYLES.total },
    { formula: `=IF(D${totalRow}>0,E${totalRow}/D${totalRow},"${NOT_AVAILABLE}")`, result: quotaTotal > 0 ? bookingsTotal / quotaTotal : NOT_AVAILABLE, numberFormat: FORMATS.percent, style: STYLES.total },
    { formula: sumOf("D"), result: quotaTotal, numberFormat: money, style: STYLES.total },
    { formula: sumOf("E"), result: bookingsTotal, numberFormat: money, style: STYLES.total },
    { formula: sumOf("F"), result: wonTotal, numberFormat: FORMATS.count, style: STYLES.total },
  ]);
  rows.push([]);

  // By region: SUMIFS over the rep rows above, so a region's figures are exactly its reps'.
  const regions = [...new Set(reps.map((rep) => rep.region))].sort();
  const regionSection = totalRow + 2;
  rows.push(sectionRow("By region"));
  rows.push(headerRow(["Region", "Attainment", "Quota", "Bookings"]));
  const firstRegion = regionSection + 2;
  const repRange = (column: string) => `$${column}$${firstRep}:$${column}$${Math.max(firstRep, lastRep)}`;
  regions.forEach((region, i) => {
    const r = firstRegion + i;
    const members = reps.filter((rep) => rep.region === region);
    const quota = members.reduce((sum, rep) => sum + (quotaByOwner.get(rep.id) ?? 0), 0);
    const bookings = members.reduce((sum, rep) => sum + (bookingsByOwner.get(rep.id) ?? 0), 0);
    rows.push([
      region,
      { formula: `=IF(C${r}>0,D${r}/C${r},"${NOT_AVAILABLE}")`, result: quota > 0 ? bookings / quota : NOT_AVAILABLE, numberFormat: FORMATS.percent },
      { formula: `=SUMIFS(${repRange("D")},${repRange("H")},$A${r})`, result: quota, numberFormat: money },
      { formula: `=SUMIFS(${repRange("E")},${repRange("H")},$A${r})`, result: bookings, numberFormat: money },
    ]);
  });
  const lastRegion = firstRegion + regions.length - 1;
  rows.push([]);
  rows.push(noteRow("Quota and bookings per rep are live formulas over the Quotas and Opportunities tables; regions add up the rep rows."));

  const chartTop = lastRegion + 4;
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    columnWidths: [
      { column: 0, width: 12 },
      { column: 1, width: 24 },
      ...[2, 3, 4, 5].map((column) => ({ column, width: 15 })),
      { column: 6, width: 22 },
      { column: 7, width: 12 },
    ],
    conditionalFormats: [
      ...(reps.length ? attainmentBands(`C${firstRep}:C${lastRep}`) : []),
      ...(regions.length ? attainmentBands(`B${firstRegion}:B${lastRegion}`) : []),
    ],
    charts: regions.length
      ? [
          {
            name: "AttainmentByRegion",
            kind: "ColumnClustered",
            title: `Attainment by region, ${window.label}`,
            source: rangeAddress(firstRegion - 2, 0, regions.length + 1, 2),
            from: `A${chartTop}`,
            to: `F${chartTop + 16}`,
            valueFormat: "0%",
          },
        ]
      : [],
    freeze: { rows: headerAt, columns: 2 },
    print: { ...LANDSCAPE, titleRows: `${headerAt}:${headerAt}` },
    tabColor: STYLES.reportTab,
    showGridlines: false,
  };
}
