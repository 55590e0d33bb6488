import { RateTable } from "../../../../src/core/model/currency";
import type { Opportunity } from "../../../../src/core/model/entities";
import { FiscalPeriod, fiscalPeriodRange } from "../../../../src/core/model/fiscalCalendar";
import { DEFAULT_STAGE_MAP } from "../../../../src/core/model/stageMap";
import { AS_OF, countBy, daysBetween, demoOrg, median } from "./demoOrgFixture";

const demo = demoOrg();
const accounts = new Map(demo.accounts.map((a) => [a.id, a]));
const rates = new RateTable("USD", 2, demo.fxRates);
const usd = (o: Opportunity): number => {
  const converted = rates.toCorporate(o.amount, o.currency, o.closeDate);
  if (!converted.ok) throw new Error(converted.issues[0].message);
  return converted.value;
};
const segmentOf = (o: Opportunity): string => accounts.get(o.accountId)?.segment ?? "";
const closed = demo.opportunities.filter((o) => o.stage === "Closed Won" || o.stage === "Closed Lost");
const won = closed.filter((o) => o.stage === "Closed Won");
const open = demo.opportunities.filter((o) => !o.stage.startsWith("Closed"));
const winRate = (deals: readonly Opportunity[]): number => deals.filter((o) => o.stage === "Closed Won").length / deals.length;
const SEGMENTS = ["Enterprise", "Mid-Market", "SMB"];

/** The fiscal quarters of the two complete fiscal years. */
const quarters = [2025, 2026].flatMap((fiscalYear) =>
  [1, 2, 3, 4].map((index) => ({ index, ...fiscalPeriodRange({ grain: "quarter", fiscalYear, index } as FiscalPeriod, 2) })),
);
const quarterOf = (date: string): (typeof quarters)[number] | undefined => quarters.find((q) => date >= q.start && date <= q.end);

describe("demo realism: seasonality", () => {
  const inFullYears = closed.filter((o) => quarterOf(o.closeDate));

  it("closes far more deals in the last ten days of a quarter than the share of days", () => {
    const lastTenDays = inFullYears.filter((o) => daysBetween(o.closeDate, quarterOf(o.closeDate)?.end ?? "") < 10).length / inFullYears.length;
    const dayShare = (10 * quarters.length) / quarters.reduce((sum, q) => sum + daysBetween(q.start, q.end) + 1, 0);
    expect(lastTenDays).toBeGreaterThan(1.6 * dayShare);
  });

  it("books the most in Q4 and the least in Q1", () => {
    const bookings = [0, 0, 0, 0];
    for (const o of won) {
      const quarter = quarterOf(o.closeDate);
      if (quarter) bookings[quarter.index - 1] += usd(o);
    }
    const total = bookings.reduce((a, b) => a + b, 0);
    expect(bookings[3] / total).toBeGreaterThan(0.29);
    expect(Math.max(...bookings)).toBe(bookings[3]);
    expect(Math.min(...bookings)).toBe(bookings[0]);
    const counts = countBy(inFullYears, (o) => String(quarterOf(o.closeDate)?.index));
    expect((counts.get("4") ?? 0) / inFullYears.length).toBeGreaterThan(0.29);
  });

  it("closes few deals at weekends", () => {
    const weekend = closed.filter((o) => [0, 6].includes(new Date(`${o.closeDate}T00:00:00Z`).getUTCDay())).length;
    expect(weekend / closed.length).toBeLessThan(0.08);
  });
});

describe("demo realism: segments, sizes and types", () => {
  const newBusiness = closed.filter((o) => o.type === "New Business");

  it("wins Enterprise new business least often and SMB most often", () => {
    const [enterprise, midMarket, smb] = SEGMENTS.map((s) => winRate(newBusiness.filter((o) => segmentOf(o) === s)));
    expect(midMarket - enterprise).toBeGreaterThan(0.04);
    expect(smb - midMarket).toBeGreaterThan(0.04);
    expect(enterprise).toBeGreaterThan(0.12);
    expect(smb).toBeLessThan(0.5);
  });

  it("has longer cycles and larger deals the larger the segment", () => {
    const [enterprise, midMarket, smb] = SEGMENTS.map((s) => median(closed.filter((o) => segmentOf(o) === s).map((o) => daysBetween(o.createdDate, o.closeDate))));
    expect(enterprise).toBeGreaterThan(1.4 * midMarket);
    expect(midMarket).toBeGreaterThan(1.4 * smb);
    const [bigDeal, midDeal, smallDeal] = SEGMENTS.map((s) => median(won.filter((o) => segmentOf(o) === s).map(usd)));
    expect(bigDeal).toBeGreaterThan(2 * midDeal);
    expect(midDeal).toBeGreaterThan(2 * smallDeal);
  });

  it("wins large deals less often than small ones within a segment", () => {
    for (const segment of SEGMENTS) {
      const sizes = new Map(newBusiness.filter((o) => segmentOf(o) === segment).map((o) => [o, usd(o)]));
      const deals = [...sizes.keys()].sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0));
      const quarter = Math.floor(deals.length / 4);
      expect(winRate(deals.slice(-quarter))).toBeLessThan(winRate(deals.slice(0, quarter)));
    }
  });

  it("has new business, expansions and renewals; renewals win most", () => {
    const byType = countBy(demo.opportunities, (o) => o.type);
    expect([...byType.keys()].sort()).toEqual(["Expansion", "New Business", "Renewal"]);
    expect((byType.get("New Business") ?? 0) / demo.opportunities.length).toBeGreaterThan(0.45);
    expect(winRate(closed.filter((o) => o.type === "Renewal"))).toBeGreaterThan(0.7);
    expect(winRate(closed.filter((o) => o.type === "Expansion"))).toBeGreaterThan(winRate(newBusiness));
  });

  it("sells a small catalogue on 12, 24 and 36-month terms, services without a term", () => {
    expect(new Set(demo.opportunities.map((o) => o.product)).size).toBe(6);
    const terms = countBy(demo.opportunities, (o) => `${o.product === "Professional Services"}|${o.termMonths}`);
    expect([...terms.keys()].sort()).toEqual(["false|12", "false|24", "false|36", "true|null"]);
  });
});

describe("demo realism: currencies, stages and probabilities", () => {
  it("prices each account's deals in its country's currency, in all five currencies", () => {
    const expected = (country: string): string =>
      ({ "United Kingdom": "GBP", Japan: "JPY", Brazil: "BRL" })[country] ??
      (["Germany", "France", "Netherlands", "Spain", "Italy", "Ireland", "Sweden"].includes(country) ? "EUR" : "USD");
    expect(demo.opportunities.filter((o) => o.currency !== expected(accounts.get(o.accountId)?.country ?? ""))).toEqual([]);
    expect(new Set(demo.opportunities.map((o) => o.currency))).toEqual(new Set(["USD", "EUR", "GBP", "JPY", "BRL"]));
    // Yen amounts are in yen: a typical deal is millions.
    expect(median(demo.opportunities.filter((o) => o.currency === "JPY").map((o) => o.amount))).toBeGreaterThan(1_000_000);
    expect(demo.opportunities.filter((o) => !(o.amount > 0))).toEqual([]);
  });

  it("keeps stages, categories and dates consistent with the stage map", () => {
    const stages = new Map(DEFAULT_STAGE_MAP.map((s) => [s.stage, s]));
    expect(won.every((o) => o.forecastCategory === "Closed") && closed.filter((o) => o.stage === "Closed Lost").every((o) => o.forecastCategory === "Omitted")).toBe(true);
    expect(open.filter((o) => o.closeDate < AS_OF || o.createdDate > AS_OF)).toEqual([]);
    const judged = countBy(
      open.filter((o) => o.forecastCategory !== stages.get(o.stage)?.category),
      (o) => `${o.stage}→${o.forecastCategory}`,
    );
    // Rep judgement: optimists commit late Best Case deals, cautious reps hold back early Commit, stale deals are omitted.
    const allowed = ["Perception Analysis→Commit", "Proposal/Price Quote→Best Case", "Prospecting→Omitted", "Qualification→Omitted", "Needs Analysis→Omitted"];
    expect([...judged.keys()].filter((k) => !allowed.includes(k))).toEqual([]);
    expect(judged.get("Perception Analysis→Commit")).toBeGreaterThan(0);
    expect(judged.get("Proposal/Price Quote→Best Case")).toBeGreaterThan(0);
    expect(new Set(open.map((o) => o.stage)).size).toBe(8);
  });

  it("sets a probability on some deals and leaves it blank on others", () => {
    const blank = demo.opportunities.filter((o) => o.probability === null).length / demo.opportunities.length;
    expect(blank).toBeGreaterThan(0.3);
    expect(blank).toBeLessThan(0.8);
    const set = demo.opportunities.filter((o) => o.probability !== null);
    expect(set.filter((o) => o.stage === "Closed Won" && o.probability !== 1)).toEqual([]);
    expect(set.filter((o) => o.stage === "Closed Lost" && o.probability !== 0)).toEqual([]);
    expect(new Set(set.map((o) => o.probability)).size).toBeGreaterThan(10);
  });

  it("gives larger quotas to larger segments", () => {
    const reps = new Map(demo.reps.map((r) => [r.id, r]));
    const quota = (segment: string): number =>
      median(demo.quotas.filter((q) => q.period === "FY2027-Q2" && q.currency === "USD" && reps.get(q.ownerId)?.role === "Account Executive" && reps.get(q.ownerId)?.segment === segment).map((q) => q.amount));
    expect(quota("Enterprise")).toBeGreaterThan(quota("Mid-Market"));
    expect(quota("Mid-Market")).toBeGreaterThan(quota("SMB"));
  });
});
