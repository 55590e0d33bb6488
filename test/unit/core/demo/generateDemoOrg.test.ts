import { DemoDataError, generateDemoOrg } from "../../../../src/core/demo/generateDemoOrg";
import { RateTable, fxRateSchema } from "../../../../src/core/model/currency";
import { accountSchema, opportunitySchema, quotaSchema, repSchema, snapshotOpportunitySchema, territorySchema } from "../../../../src/core/model/entities";
import { fiscalLabel, fiscalPeriodRange, parseFiscalLabel } from "../../../../src/core/model/fiscalCalendar";
import { DEFAULT_SETTINGS } from "../../../../src/core/model/settings";
import { AS_OF, demoOrg } from "./demoOrgFixture";

const within = (value: number, target: number, tolerance = 0.15): boolean => value >= target * (1 - tolerance) && value <= target * (1 + tolerance);

describe("generateDemoOrg: shape and volumes", () => {
  const demo = demoOrg();
  const aes = demo.reps.filter((r) => r.role === "Account Executive");

  it("has five regions, a CRO, about 8 managers and about 40 active reps, some gone and some new", () => {
    expect(new Set(demo.accounts.map((a) => a.region))).toEqual(new Set(["NA", "EMEA", "APAC", "LATAM", "Japan"]));
    expect(new Set(aes.map((r) => r.region))).toEqual(new Set(["NA", "EMEA", "APAC", "LATAM", "Japan"]));
    expect(demo.reps.filter((r) => r.role === "Chief Revenue Officer")).toHaveLength(1);
    expect(demo.reps.filter((r) => r.role === "Sales Manager")).toHaveLength(8);
    const active = aes.filter((r) => r.endDate === null);
    expect(within(active.length, 40)).toBe(true);
    expect(aes.filter((r) => r.endDate !== null).length).toBeGreaterThanOrEqual(2);
    const newHires = active.filter((r) => r.startDate > "2026-05-01");
    expect(newHires.length).toBeGreaterThanOrEqual(2);
    for (const rep of aes) expect(rep.endDate === null || rep.endDate < AS_OF).toBe(true);
  });

  it("has about 600 accounts and about 12,000 opportunities over three fiscal years", () => {
    expect(within(demo.accounts.length, 600)).toBe(true);
    expect(within(demo.opportunities.length, 12_000)).toBe(true);
    for (const fiscalYear of [2025, 2026, 2027]) {
      const { start, end } = fiscalPeriodRange({ grain: "year", fiscalYear, index: 0 }, 2);
      expect(demo.opportunities.filter((o) => o.closeDate >= start && o.closeDate <= end).length).toBeGreaterThan(2_500);
    }
    const closed = demo.opportunities.filter((o) => o.stage.startsWith("Closed"));
    expect(closed.every((o) => o.closeDate >= "2024-02-01" && o.closeDate <= AS_OF)).toBe(true);
  });

  it("builds a territory hierarchy region → segment → rep", () => {
    const byId = new Map(demo.territories.map((t) => [t.id, t]));
    const roots = demo.territories.filter((t) => t.parentId === "");
    expect(roots.map((t) => t.region).sort()).toEqual(["APAC", "EMEA", "Japan", "LATAM", "NA"]);
    const leaves = demo.territories.filter((t) => !demo.territories.some((c) => c.parentId === t.id));
    for (const leaf of leaves) {
      const segment = byId.get(leaf.parentId);
      expect(segment?.segment).toBe(leaf.segment);
      expect(byId.get(segment?.parentId ?? "")?.parentId).toBe("");
    }
    expect(within(leaves.length, 40)).toBe(true);
    // Every account sits in a rep territory of its own region and segment.
    for (const account of demo.accounts) {
      const territory = byId.get(account.territoryId);
      expect(leaves).toContain(territory);
      expect([territory?.region, territory?.segment]).toEqual([account.region, account.segment]);
    }
  });
});

describe("generateDemoOrg: validity and integrity", () => {
  const demo = demoOrg();

  it("validates every record against the model's schemas", () => {
    const check = (schema: { safeParse: (value: unknown) => { success: boolean } }, records: readonly unknown[]): void => {
      const invalid = records.filter((record) => !schema.safeParse(record).success);
      expect(invalid.slice(0, 3)).toEqual([]);
    };
    check(opportunitySchema, demo.opportunities);
    check(accountSchema, demo.accounts);
    check(repSchema, demo.reps);
    check(quotaSchema, demo.quotas);
    check(territorySchema, demo.territories);
    check(fxRateSchema, demo.fxRates);
    check(snapshotOpportunitySchema, demo.snapshots);
    expect(demo.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("has unique ids and names that point at records that exist", () => {
    const unique = (values: string[]): boolean => new Set(values).size === values.length;
    expect(unique(demo.opportunities.map((o) => o.id))).toBe(true);
    expect(unique(demo.accounts.map((a) => a.id))).toBe(true);
    expect(unique(demo.accounts.map((a) => a.name))).toBe(true);
    expect(unique(demo.reps.map((r) => r.id))).toBe(true);
    expect(unique(demo.reps.map((r) => r.email))).toBe(true);
    expect(unique(demo.territories.map((t) => t.id))).toBe(true);
    expect(unique(demo.quotas.map((q) => `${q.ownerId}|${q.period}`))).toBe(true);
    const reps = new Map(demo.reps.map((r) => [r.id, r]));
    const accounts = new Set(demo.accounts.map((a) => a.id));
    const territories = new Set(demo.territories.map((t) => t.id));
    expect([...demo.opportunities, ...demo.snapshots].filter((o) => !accounts.has(o.accountId) || !reps.has(o.ownerId))).toEqual([]);
    expect(demo.territories.filter((t) => !reps.has(t.ownerId) || (t.parentId !== "" && !territories.has(t.parentId)))).toEqual([]);
    expect(demo.reps.filter((r) => r.managerId !== "" && !reps.has(r.managerId))).toEqual([]);
    expect(demo.reps.filter((r) => r.managerId === "").map((r) => r.role)).toEqual(["Chief Revenue Officer"]);
    expect(demo.quotas.filter((q) => !reps.has(q.ownerId))).toEqual([]);
    // Territories belong to people still employed.
    expect(demo.territories.filter((t) => reps.get(t.ownerId)?.endDate !== null)).toEqual([]);
  });

  it("credits every deal to someone employed on its close date (or today, if open)", () => {
    const reps = new Map(demo.reps.map((r) => [r.id, r]));
    const unemployed = demo.opportunities.filter((o) => {
      const rep = reps.get(o.ownerId);
      const day = o.stage.startsWith("Closed") ? o.closeDate : AS_OF;
      return !(rep !== undefined && rep.startDate <= day && (rep.endDate === null || rep.endDate >= day));
    });
    expect(unemployed).toEqual([]);
    // Reps who left closed deals before they went; their open deals moved on.
    const leavers = new Set(demo.reps.filter((r) => r.endDate !== null).map((r) => r.id));
    expect(demo.opportunities.some((o) => leavers.has(o.ownerId) && o.stage === "Closed Won")).toBe(true);
  });

  it("has a rate for every currency on every created and close date, at realistic levels", () => {
    const table = new RateTable("USD", 2, demo.fxRates);
    const pairs = new Set<string>();
    for (const o of [...demo.opportunities, ...demo.snapshots]) pairs.add(`${o.currency}|${o.closeDate}`).add(`${o.currency}|${o.createdDate}`);
    const missing = [...pairs].filter((pair) => {
      const [currency, date] = pair.split("|");
      return !table.rateOn(currency, date).ok;
    });
    expect(missing).toEqual([]);
    const levels: Record<string, [number, number]> = { EUR: [0.9, 1.3], GBP: [1.05, 1.5], JPY: [0.005, 0.0095], BRL: [0.13, 0.28] };
    for (const [currency, [low, high]] of Object.entries(levels)) {
      const rates = demo.fxRates.filter((r) => r.currency === currency).map((r) => r.rateToCorporate);
      expect(rates.length).toBeGreaterThanOrEqual(36);
      expect(Math.min(...rates)).toBeGreaterThan(low);
      expect(Math.max(...rates)).toBeLessThan(high);
      expect(new Set(rates).size).toBeGreaterThan(12);
    }
    expect(demo.fxRates.some((r) => r.currency === "USD")).toBe(false);
  });

  it("sets quarterly quotas in the region's currency that the org roughly attains", () => {
    const reps = new Map(demo.reps.map((r) => [r.id, r]));
    for (const q of demo.quotas) {
      expect(parseFiscalLabel(q.period)?.grain).toBe("quarter");
      const region = reps.get(q.ownerId)?.region;
      expect(q.currency).toBe(region === "EMEA" ? "EUR" : region === "Japan" ? "JPY" : "USD");
    }
    // Only account executives carry quota rows, so summing up the hierarchy never counts a target twice.
    expect(demo.quotas.filter((q) => reps.get(q.ownerId)?.role !== "Account Executive")).toEqual([]);
    const current = demo.reps.filter((r) => r.role === "Account Executive" && r.endDate === null);
    expect(current.filter((rep) => !demo.quotas.some((q) => q.ownerId === rep.id && q.period === "FY2027-Q4"))).toEqual([]);
    // Twelve quarters: FY2025 to FY2027.
    expect(new Set(demo.quotas.map((q) => q.period)).size).toBe(12);
    const rates = new RateTable("USD", 2, demo.fxRates);
    const usd = (amount: number, currency: string, date: string): number => {
      const converted = rates.toCorporate(amount, currency, date);
      if (!converted.ok) throw new Error(converted.issues[0].message);
      return converted.value;
    };
    for (const period of ["FY2025-Q2", "FY2026-Q4", "FY2027-Q3"]) {
      const { start, end } = fiscalPeriodRange(parseFiscalLabel(period)!, 2);
      const quota = demo.quotas.filter((q) => q.period === period && reps.get(q.ownerId)?.role === "Account Executive").reduce((sum, q) => sum + usd(q.amount, q.currency, start), 0);
      const won = demo.opportunities.filter((o) => o.stage === "Closed Won" && o.closeDate >= start && o.closeDate <= end).reduce((sum, o) => sum + usd(o.amount, o.currency, o.closeDate), 0);
      expect(won / quota).toBeGreaterThan(0.75);
      expect(won / quota).toBeLessThan(1.1);
    }
  });
});

describe("generateDemoOrg: determinism and options", () => {
  it("gives the same data set for the same seed and date, and a different one for another seed", () => {
    const again = generateDemoOrg({ seed: 7, asOf: AS_OF });
    expect(again).toEqual(demoOrg());
    const other = generateDemoOrg({ seed: 8, asOf: AS_OF });
    expect(other.opportunities.slice(0, 50)).not.toEqual(demoOrg().opportunities.slice(0, 50));
    expect(other.accounts.map((a) => a.name)).not.toEqual(demoOrg().accounts.map((a) => a.name));
  });

  it("follows the settings: fiscal year start, corporate currency and stage map", () => {
    const stageMap = [
      { stage: "Discover", category: "Pipeline" as const, probability: 0.1, closed: false, won: false, order: 1 },
      { stage: "Solution", category: "Best Case" as const, probability: 0.4, closed: false, won: false, order: 2 },
      { stage: "Contract", category: "Commit" as const, probability: 0.8, closed: false, won: false, order: 3 },
      { stage: "Won", category: "Closed" as const, probability: 1, closed: true, won: true, order: 4 },
      { stage: "Lost", category: "Omitted" as const, probability: 0, closed: true, won: false, order: 5 },
    ];
    const demo = generateDemoOrg({ seed: 3, asOf: "2026-06-15", settings: { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1, corporateCurrency: "EUR", stageMap } });
    expect(new Set(demo.opportunities.map((o) => o.stage))).toEqual(new Set(stageMap.map((s) => s.stage)));
    expect(demo.fxRates.some((r) => r.currency === "EUR")).toBe(false);
    expect(demo.fxRates.find((r) => r.currency === "USD")?.rateToCorporate).toBeLessThan(1.2);
    // Calendar fiscal years: the first is FY2024 (two before the current FY2026).
    expect(demo.quotas.map((q) => q.period).sort()[0]).toBe("FY2024-Q1");
    expect(demo.opportunities.filter((o) => o.stage === "Won").every((o) => o.closeDate >= "2024-01-01")).toBe(true);
    expect(fiscalLabel(demo.snapshots[demo.snapshots.length - 1].snapshotDate, 1, "month")).toBe("FY2026-M6");
  });

  it("throws a DemoDataError for a seed, date or settings it cannot use", () => {
    expect(() => generateDemoOrg({ seed: 1.5, asOf: AS_OF })).toThrow(DemoDataError);
    expect(() => generateDemoOrg({ seed: 1, asOf: "2026-02-30" })).toThrow(DemoDataError);
    expect(() => generateDemoOrg({ seed: 1, asOf: AS_OF, settings: { ...DEFAULT_SETTINGS, corporateCurrency: "CHF" } })).toThrow(/CHF/);
    const noLost = DEFAULT_SETTINGS.stageMap.filter((s) => s.stage !== "Closed Lost");
    expect(() => generateDemoOrg({ seed: 1, asOf: AS_OF, settings: { ...DEFAULT_SETTINGS, stageMap: noLost } })).toThrow(DemoDataError);
  });
});
