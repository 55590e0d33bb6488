import type { CellDescription } from "../../workbook/description";
import { isoDateToExcelSerial } from "../model/isoDate";
import type { PlaceholderCatalogue, PlaceholderDoc, PlaceholderList } from "./catalogue";
import { amountFormula, countFormula, DealFilter, matchingDeals } from "./dealFormulas";
import { currencyFormat, FORMATS } from "./layout";
import { NOT_AVAILABLE } from "./qbrSummary";
import { quotaFormula, quotasFor } from "./quotaFormulas";
import { opportunitiesById, type ReportContext } from "./reportContext";
import type { ReportSections } from "./sections";

const body = (formula: string) => formula.slice(1);
const text = (value: string): CellDescription => ({ value });
const quoted = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** bookings ÷ quota as a formula over the two expressions, "n/a" without a quota. */
function ratioCell(numerator: { formula: string; result: number }, denominator: { formula: string; result: number }, numberFormat: string): CellDescription {
  return {
    formula: `=IFERROR((${body(numerator.formula)})/(${body(denominator.formula)}),"${NOT_AVAILABLE}")`,
    result: denominator.result === 0 ? NOT_AVAILABLE : numerator.result / denominator.result,
    numberFormat,
  };
}

const TOP_DEALS = 10;

/**
 * The placeholders of a custom template for one report period: scalars and row-block lists, each
 * a live formula over the data tables where the figure can be one (ids are written into the
 * formulas, so a filled cell does not depend on where the template put it).
 * @example reportCatalogue(context, {}).scalars.get("kpi.bookings")?.formula
 */
export function reportCatalogue(context: ReportContext, sections: ReportSections): PlaceholderCatalogue {
  const money = currencyFormat(context.currency);
  const { current, prior, priorYear, next } = context;
  const docs: PlaceholderDoc[] = [];
  const scalars = new Map<string, CellDescription>();
  const scalar = (name: string, cell: CellDescription, description: string) => {
    scalars.set(name, cell);
    docs.push({ placeholder: `{{${name}}}`, description });
  };
  const won = (window = current): DealFilter => ({ window, dateField: "close_date", outcome: "won" });

  scalar("period", text(current.label), "The reviewed fiscal period, e.g. FY2027-Q3.");
  scalar("period.start", { value: isoDateToExcelSerial(current.start), numberFormat: FORMATS.date }, "Its first day.");
  scalar("period.end", { value: isoDateToExcelSerial(current.end), numberFormat: FORMATS.date }, "Its last day.");
  scalar("period.prior", text(prior.label), "The period before it.");
  scalar("period.next", text(next.label), "The period after it.");
  scalar("asOf", { value: isoDateToExcelSerial(context.asOf), numberFormat: FORMATS.date }, "The data's as-of date.");
  scalar("currency", text(context.currency), "The corporate currency amounts are shown in.");

  const bookings = amountFormula(context, won());
  const quota = quotaFormula(context, current);
  const wonCount = countFormula(context, won());
  const lostCount = countFormula(context, { ...won(), outcome: "lost" });
  scalar("kpi.bookings", { ...bookings, numberFormat: money }, "Closed-won bookings in the period (live formula).");
  scalar("kpi.bookingsPriorPeriod", { ...amountFormula(context, won(prior)), numberFormat: money }, "Bookings in the period before.");
  scalar("kpi.bookingsPriorYear", { ...amountFormula(context, won(priorYear)), numberFormat: money }, "Bookings in the same period a year earlier.");
  scalar("kpi.quota", { ...quota, numberFormat: money }, "The Quotas table's total for the period.");
  scalar("kpi.attainment", ratioCell(bookings, quota, FORMATS.percent), "Bookings ÷ quota.");
  scalar("kpi.dealsWon", { ...wonCount, numberFormat: FORMATS.count }, "Deals won in the period.");
  scalar(
    "kpi.winRate",
    {
      formula: `=IFERROR((${body(wonCount.formula)})/(${body(wonCount.formula)}+${body(lostCount.formula)}),"${NOT_AVAILABLE}")`,
      result: wonCount.result + lostCount.result === 0 ? NOT_AVAILABLE : wonCount.result / (wonCount.result + lostCount.result),
      numberFormat: FORMATS.percent,
    },
    "Won ÷ closed deals in the period, by count.",
  );
  scalar("kpi.averageDealSize", ratioCell(bookings, wonCount, money), "Bookings ÷ deals won.");
  scalar("kpi.pipelineCreated", { ...amountFormula(context, { window: current, dateField: "created_date", outcome: "any" }), numberFormat: money }, "Opportunities created in the period.");
  const nextAll = amountFormula(context, { window: next, dateField: "close_date", outcome: "any" });
  const nextWon = amountFormula(context, won(next));
  const nextLost = amountFormula(context, { ...won(next), outcome: "lost" });
  scalar(
    "kpi.openPipelineNextPeriod",
    { formula: `=${body(nextAll.formula)}-(${body(nextWon.formula)})-(${body(nextLost.formula)})`, result: nextAll.result - nextWon.result - nextLost.result, numberFormat: money },
    "Open pipeline closing in the next period.",
  );

  const lists = new Map<string, PlaceholderList>();
  const list = (name: string, fields: Record<string, string>, items: Map<string, CellDescription>[], description: string) => {
    lists.set(name, { fields: Object.keys(fields), items });
    docs.push({ placeholder: `{{#each ${name}}}`, description: `${description} Fields: ${Object.entries(fields).map(([field, meaning]) => `{{${field}}} ${meaning}`).join("; ")}.` });
  };

  // Reps with a quota or bookings in the period, as on the QBR's attainment sheet.
  const quotas = quotasFor(context, current);
  const owners = new Set([...quotas.keys(), ...matchingDeals(context, won()).map((deal) => deal.ownerId)]);
  const repsById = new Map(context.dataSet.reps.map((rep) => [rep.id, rep]));
  const repItems = [...owners]
    .map((id) => ({ id, rep: repsById.get(id) }))
    .sort((a, b) => (a.rep?.region ?? "").localeCompare(b.rep?.region ?? "") || (a.rep?.name ?? a.id).localeCompare(b.rep?.name ?? b.id))
    .map(({ id, rep }) => {
      const owner = { cell: quoted(id), id };
      const repBookings = amountFormula(context, { ...won(), owner });
      const repQuota = quotaFormula(context, current, owner);
      return new Map<string, CellDescription>([
        ["id", text(id)],
        ["name", text(rep?.name ?? id)],
        ["manager", text((rep && repsById.get(rep.managerId)?.name) ?? "")],
        ["region", text(rep?.region ?? "")],
        ["quota", { ...repQuota, numberFormat: money }],
        ["bookings", { ...repBookings, numberFormat: money }],
        ["attainment", ratioCell(repBookings, repQuota, FORMATS.percent)],
        ["dealsWon", { ...countFormula(context, { ...won(), owner }), numberFormat: FORMATS.count }],
      ]);
    });
  list("reps", { id: "rep id", name: "name", manager: "manager's name", region: "region", quota: "quota", bookings: "bookings", attainment: "attainment", dealsWon: "deals won" }, repItems, "One row per rep with a quota or bookings in the period.");

  const dealItems = (outcome: "won" | "lost") =>
    [...matchingDeals(context, { ...won(), outcome })]
      .sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id))
      .slice(0, TOP_DEALS)
      .map((deal) => {
        const opportunity = opportunitiesById(context).get(deal.id);
        return new Map<string, CellDescription>([
          ["id", text(deal.id)],
          ["name", text(opportunity?.name ?? "")],
          ["owner", text(deal.ownerId)],
          ["closeDate", { value: isoDateToExcelSerial(deal.closeDate), numberFormat: FORMATS.date }],
          ["amount", { value: deal.amount, numberFormat: money }],
        ]);
      });
  const dealFields = { id: "opportunity id", name: "name", owner: "owner id", closeDate: "close date", amount: "amount in the corporate currency" };
  list("topDealsWon", dealFields, dealItems("won"), `The ${TOP_DEALS} largest deals won in the period.`);
  list("topDealsLost", dealFields, dealItems("lost"), `The ${TOP_DEALS} largest deals lost in the period.`);

  if (sections.forecast) {
    const rows = sections.forecast.rows.map(
      (row) =>
        new Map<string, CellDescription>([
          ["id", text(row.owner)],
          ["name", text(row.ownerName)],
          ["quota", { value: row.quota, numberFormat: money }],
          ["closedWon", { value: row.closedWon, numberFormat: money }],
          ["commit", { value: row.commit, numberFormat: money }],
          ["bestCase", { value: row.bestCase, numberFormat: money }],
          ["pipeline", { value: row.pipeline, numberFormat: money }],
          ["adjustedCommit", { value: row.adjusted.commit, numberFormat: money }],
        ]),
    );
    list("managers", { id: "manager id", name: "name", quota: "quota", closedWon: "closed won", commit: "commit", bestCase: "best case", pipeline: "pipeline", adjustedCommit: "commit after adjustments" }, rows, "The forecast rollup by manager for the quarter in progress (engine values, with the adjustments in force).");
  }
  if (sections.commissions) {
    const rows = sections.commissions.reps.map(
      (rep) =>
        new Map<string, CellDescription>([
          ["id", text(rep.repId)],
          ["name", text(rep.repName)],
          ["credit", { value: rep.credit, numberFormat: money }],
          ["attainment", { value: rep.attainment, numberFormat: FORMATS.percent }],
          ["payout", { value: rep.payout, numberFormat: money }],
        ]),
    );
    list("commissions", { id: "rep id", name: "name", credit: "credit", attainment: "attainment", payout: "payout" }, rows, "Commissions of the period per rep (engine values), when the workbook has a plan.");
  }
  return { scalars, lists, docs };
}
