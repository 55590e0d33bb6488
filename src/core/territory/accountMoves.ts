import { differenceInCalendarDays } from "date-fns";
import { parseFiscalLabel, fiscalPeriodRange } from "../model/fiscalCalendar";
import { parseIsoDate } from "../model/isoDate";
import type { Issue } from "../model/result";
import { DEFAULT_CORRIDOR } from "./balanceReport";
import { bookingWindows, inTtm } from "./bookingWindows";
import { metricBalance } from "./metricBalance";
import type { TerritoryData } from "./metricTypes";
import type { AccountMove, MoveOptions, MoveOutcome, MovePlan } from "./moveTypes";
import { TerritoryError } from "./territoryError";
import { territoryMetrics } from "./territoryMetrics";

interface AccountFigures {
  potential: number;
  ttm: number;
  pipeline: number;
  openDeals: number;
}

/**
 * Plans account moves: each valid move (in effective-date order, so an account can move twice)
 * takes the account, its open pipeline and its history to the new territory, and transfers
 * quota(from) × share × timeFactor from the old territory's quota to the new one's — the share being
 * the account's part of the old territory's potential, TTM bookings or account count as it stood just
 * before the move, the time factor the days left in the period. Total quota, pipeline and potential
 * are unchanged. Invalid moves (unknown account or territory, `from` not where the account is, a move
 * to the same territory, a bad date) are reported and skipped; so is a share basis of 0.
 * @example
 * const plan = planMoves(data, [{ accountId: "A1", from: "W1", to: "W2", effectiveDate: "2026-12-16" }], { asOf: "2026-11-27", fiscalStartMonth: 2, period: "FY2027-Q4" });
 * plan.outcomes[0].quotaTransfer; plan.balanceAfter.stats?.gini
 */
export function planMoves(data: TerritoryData, moves: readonly AccountMove[], options: MoveOptions): MovePlan {
  const period = parseFiscalLabel(options.period);
  if (!period) throw new TerritoryError(`"${options.period}" is not a fiscal period label such as FY2027-Q4.`);
  const range = fiscalPeriodRange(period, options.fiscalStartMonth);
  const periodDays = differenceInCalendarDays(parseIsoDate(range.end) as Date, parseIsoDate(range.start) as Date) + 1;
  const shareBy = options.share ?? "potential";
  const windows = bookingWindows(options.asOf, options.fiscalStartMonth);

  const figures = new Map<string, AccountFigures>();
  const current = new Map<string, string>();
  const basisOf = (f: AccountFigures): number => (shareBy === "potential" ? f.potential : shareBy === "bookings" ? f.ttm : 1);
  for (const account of data.accounts) {
    if (figures.has(account.id)) continue;
    figures.set(account.id, { potential: account.potential ?? 0, ttm: 0, pipeline: 0, openDeals: 0 });
    current.set(account.id, account.territoryId);
  }
  for (const deal of data.deals) {
    const f = figures.get(deal.accountId);
    if (!f) continue;
    if (!deal.closed) {
      f.pipeline += deal.amount;
      f.openDeals += 1;
    } else if (inTtm(deal, windows)) f.ttm += deal.amount;
  }
  const basisTotal = new Map<string, number>();
  for (const [id, territoryId] of current) basisTotal.set(territoryId, (basisTotal.get(territoryId) ?? 0) + basisOf(figures.get(id) as AccountFigures));
  const territoryIds = new Set(data.territories.map((territory) => territory.id));
  const quota = new Map(data.quotaByTerritory);

  const issues: Issue[] = [];
  const ordered = moves.map((move, index) => ({ move, index })).sort((a, b) => (a.move.effectiveDate < b.move.effectiveDate ? -1 : a.move.effectiveDate > b.move.effectiveDate ? 1 : a.index - b.index));
  const outcomes = new Array<MoveOutcome>(moves.length);
  for (const { move, index } of ordered) {
    const rejected = (code: string, field: string, message: string): void => {
      issues.push({ code, path: ["moves", index, field], message: `Move ${index + 1} (${move.accountId}): ${message}` });
      outcomes[index] = { move, applied: false, share: 0, timeFactor: 0, quotaTransfer: 0, pipelineMoved: 0, openDeals: 0 };
    };
    const f = figures.get(move.accountId);
    const at = current.get(move.accountId);
    if (!f || at === undefined) rejected("unknown_account", "accountId", "the account is not in the account list.");
    else if (!parseIsoDate(move.effectiveDate)) rejected("invalid_date", "effectiveDate", `"${move.effectiveDate}" is not a date in the form YYYY-MM-DD.`);
    else if (at !== move.from) rejected("wrong_from_territory", "from", `the account is in ${at || "no territory"} at that date, not ${move.from}.`);
    else if (!territoryIds.has(move.to)) rejected("unknown_territory", "to", `${move.to} is not in the territory list.`);
    else if (move.to === move.from) rejected("same_territory", "to", "the account is already in that territory.");
    else {
      const basis = basisOf(f);
      const fromTotal = basisTotal.get(move.from) ?? 0;
      if (fromTotal <= 0) issues.push({ code: "no_share_basis", path: ["moves", index, "share"], message: `Move ${index + 1} (${move.accountId}): ${move.from} has no ${shareBy} to measure the account's share by, so no quota moves; choose another share basis.` });
      const share = fromTotal > 0 ? basis / fromTotal : 0;
      const daysLeft = differenceInCalendarDays(parseIsoDate(range.end) as Date, parseIsoDate(move.effectiveDate) as Date) + 1;
      const timeFactor = options.prorate === "none" ? 1 : Math.min(1, Math.max(0, daysLeft / periodDays));
      const quotaTransfer = (quota.get(move.from) ?? 0) * share * timeFactor;
      if (quotaTransfer !== 0) {
        quota.set(move.from, (quota.get(move.from) ?? 0) - quotaTransfer);
        quota.set(move.to, (quota.get(move.to) ?? 0) + quotaTransfer);
      }
      basisTotal.set(move.from, fromTotal - basis);
      basisTotal.set(move.to, (basisTotal.get(move.to) ?? 0) + basis);
      current.set(move.accountId, move.to);
      outcomes[index] = { move, applied: true, share, timeFactor, quotaTransfer, pipelineMoved: f.pipeline, openDeals: f.openDeals };
    }
  }

  const accounts = data.accounts.map((account) => {
    const territoryId = current.get(account.id) as string;
    return territoryId === account.territoryId ? account : { ...account, territoryId };
  });
  const before = territoryMetrics(data, options);
  const after = territoryMetrics({ ...data, accounts, quotaByTerritory: quota }, options);
  const metric = options.balanceMetric ?? "potential";
  const corridor = options.corridor ?? DEFAULT_CORRIDOR;
  const balanceBefore = metricBalance(before.rows, metric, { corridor });
  const balanceAfter = metricBalance(after.rows, metric, { corridor });
  issues.push(...balanceAfter.issues);
  return { outcomes, accounts, quotaByTerritory: quota, before, after, balanceBefore: balanceBefore.report, balanceAfter: balanceAfter.report, issues };
}

/** The moves as a table for the `TerritoryMoves` sheet. @example moveOutcomeRows(plan.outcomes)[0][0] // "account_id" */
export function moveOutcomeRows(outcomes: readonly MoveOutcome[]): (string | number | boolean)[][] {
  return [
    ["account_id", "from", "to", "effective_date", "applied", "share", "time_factor", "quota_transfer", "pipeline_moved", "open_deals"],
    ...outcomes.map((o) => [o.move.accountId, o.move.from, o.move.to, o.move.effectiveDate, o.applied, o.share, o.timeFactor, o.quotaTransfer, o.pipelineMoved, o.openDeals]),
  ];
}
