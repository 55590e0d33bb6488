import type { Opportunity, SnapshotOpportunity } from "../../../../src/core/model/entities";
import { fiscalPeriodOf, fiscalPeriodRange } from "../../../../src/core/model/fiscalCalendar";
import { AS_OF, daysBetween, demoOrg } from "./demoOrgFixture";

const demo = demoOrg();
const current = new Map(demo.opportunities.map((o) => [o.id, o]));
const dates = [...new Set(demo.snapshots.map((s) => s.snapshotDate))].sort();
const byDate = new Map<string, Map<string, SnapshotOpportunity>>(dates.map((d) => [d, new Map()]));
for (const row of demo.snapshots) byDate.get(row.snapshotDate)?.set(row.id, row);
const isClosed = (o: Opportunity): boolean => o.stage === "Closed Won" || o.stage === "Closed Lost";

describe("demo snapshots", () => {
  it("are 13 weekly copies of the open pipeline, the last on the as-of date", () => {
    expect(dates).toHaveLength(13);
    expect(dates[12]).toBe(AS_OF);
    for (let i = 1; i < dates.length; i += 1) expect(daysBetween(dates[i - 1], dates[i])).toBe(7);
    for (const rows of byDate.values()) expect(rows.size).toBeGreaterThan(300);
  });

  it("hold only deals that existed and were open that week, with their fixed fields unchanged", () => {
    const fixed = (o: Opportunity | undefined): unknown[] => [o?.name, o?.accountId, o?.currency, o?.type, o?.product, o?.termMonths, o?.createdDate];
    const wrong = demo.snapshots.filter((row) => {
      const now = current.get(row.id);
      const existed = row.createdDate <= row.snapshotDate && row.closeDate >= row.snapshotDate;
      const open = !row.stage.startsWith("Closed") && row.forecastCategory !== "Closed";
      return !now || !existed || !open || JSON.stringify(fixed(row)) !== JSON.stringify(fixed(now));
    });
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it("end with exactly the current open pipeline", () => {
    const open = demo.opportunities.filter((o) => !isClosed(o));
    const last = [...(byDate.get(AS_OF)?.values() ?? [])].map(({ snapshotDate: _date, ...rest }) => rest);
    expect(last).toEqual(open);
  });

  it("agree with the current data: a deal that leaves the pipeline was closed that week and never comes back", () => {
    for (let i = 1; i < dates.length; i += 1) {
      const before = byDate.get(dates[i - 1]) ?? new Map();
      const after = byDate.get(dates[i]) ?? new Map();
      const left = [...before.keys()].filter((id) => !after.has(id));
      const notClosedThatWeek = left.filter((id) => {
        const now = current.get(id);
        return !(now && isClosed(now) && now.closeDate > dates[i - 1] && now.closeDate <= dates[i]);
      });
      expect(notClosedThatWeek).toEqual([]);
      const arrived = [...after.values()].filter((row) => !before.has(row.id));
      expect(arrived.filter((row) => row.createdDate <= dates[i - 1])).toEqual([]);
    }
  });

  it("show every waterfall movement for the current quarter between the first and last snapshot", () => {
    const { start, end } = fiscalPeriodRange(fiscalPeriodOf(AS_OF, demo.settings.fiscalYearStartMonth, "quarter"), demo.settings.fiscalYearStartMonth);
    const inQuarter = (o: Opportunity): boolean => o.closeDate >= start && o.closeDate <= end;
    const first = byDate.get(dates[0]) ?? new Map<string, SnapshotOpportunity>();
    const last = byDate.get(dates[12]) ?? new Map<string, SnapshotOpportunity>();
    const movements = new Map<string, number>();
    const count = (kind: string): void => {
      movements.set(kind, (movements.get(kind) ?? 0) + 1);
    };
    for (const id of new Set([...first.keys(), ...last.keys()])) {
      const a = first.get(id);
      const b = last.get(id);
      const startIn = a !== undefined && inQuarter(a);
      const endIn = b !== undefined && inQuarter(b);
      if (startIn && endIn) {
        if (b.amount > a.amount) count("increased");
        if (b.amount < a.amount) count("decreased");
      } else if (endIn) {
        count(a ? "pulledIn" : "created");
      } else if (startIn && b) {
        count("pushedOut");
      } else if (startIn) {
        const now = current.get(id);
        count(now?.stage === "Closed Won" ? "won" : "lost");
      }
    }
    const kinds = ["created", "pulledIn", "increased", "decreased", "pushedOut", "won", "lost"];
    expect(kinds.filter((kind) => !movements.has(kind))).toEqual([]);
  });

  it("show deals slipping and moving through stages from week to week", () => {
    let pushed = 0;
    let pulled = 0;
    let advanced = 0;
    let recategorised = 0;
    const first = byDate.get(dates[0]) ?? new Map<string, SnapshotOpportunity>();
    const last = byDate.get(dates[12]) ?? new Map<string, SnapshotOpportunity>();
    for (const [id, a] of first) {
      const b = last.get(id);
      if (!b) continue;
      if (b.closeDate > a.closeDate) pushed += 1;
      if (b.closeDate < a.closeDate) pulled += 1;
      if (b.stage !== a.stage) advanced += 1;
      if (b.forecastCategory !== a.forecastCategory) recategorised += 1;
    }
    expect(pushed).toBeGreaterThan(50);
    expect(pulled).toBeGreaterThan(2);
    expect(advanced).toBeGreaterThan(50);
    expect(recategorised).toBeGreaterThan(20);
  });
});
