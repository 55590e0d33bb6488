import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { runCli as run } from "../support/cliAndErrors";


interface ForecastJson {
  period: string;
  rows: { owner: string; quota: number | null; closedWon: number; commit: number; bestCase: number; pipeline: number; weighted: number; projection: number; coverage: number | null; attainment: number | null }[];
  waterfall: Record<"start" | "created" | "pulledIn" | "increased" | "decreased" | "pushedOut" | "won" | "lost" | "end", number> & { balances: boolean };
}

describe("salesops forecast", () => {
  let demo: ForecastJson;

  beforeAll(async () => {
    const result = await run(["forecast", "--demo", "--seed", "7", "--as-of", "2026-11-27", "--format", "json"]);
    expect(result.code).toBe(0);
    demo = JSON.parse(result.out) as ForecastJson;
  });

  it("prints one row per rep with every forecast figure, for the as-of quarter by default", () => {
    expect(demo.period).toBe("FY2027-Q4");
    expect(demo.rows.length).toBeGreaterThanOrEqual(35);
    for (const row of demo.rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(["owner", "quota", "closedWon", "commit", "bestCase", "pipeline", "weighted", "projection", "coverage", "attainment"]));
      expect(row.commit).toBeGreaterThanOrEqual(row.closedWon);
      expect(row.bestCase).toBeGreaterThanOrEqual(row.commit);
      expect(row.projection).toBeGreaterThanOrEqual(row.closedWon);
      if (row.quota) expect(row.attainment).toBeCloseTo(row.closedWon / row.quota, 12);
    }
  });

  it("balances the waterfall between the first and last demo snapshot exactly to the cent", () => {
    const w = demo.waterfall;
    expect(w.balances).toBe(true);
    const cents = (value: number): number => Math.round(value * 100);
    expect(cents(w.start) + cents(w.created) + cents(w.pulledIn) + cents(w.increased) - cents(w.decreased) - cents(w.pushedOut) - cents(w.won) - cents(w.lost)).toBe(cents(w.end));
    for (const bucket of ["created", "pulledIn", "increased", "decreased", "pushedOut", "won", "lost"] as const) expect(w[bucket]).toBeGreaterThan(0);
  });

  it("forecasts the next quarter's monthly bookings from whole months of history", () => {
    const bookings = (demo as unknown as { bookings: { periods: string[]; values: number[]; forecast: { periods: string[]; values: number[]; model: string } | null } }).bookings;
    expect(bookings.periods[bookings.periods.length - 1]).toBe("FY2027-M9");
    expect(bookings.values[0]).toBeGreaterThan(0);
    expect(bookings.forecast?.periods).toEqual(["FY2027-M10", "FY2027-M11", "FY2027-M12"]);
    for (const value of bookings.forecast?.values ?? []) expect(value).toBeGreaterThan(0);
  });

  it("rolls up by manager and region with the same totals as by rep", async () => {
    const byRegion = JSON.parse((await run(["forecast", "--demo", "--seed", "7", "--as-of", "2026-11-27", "--level", "region", "--format", "json"])).out) as ForecastJson;
    const sum = (rows: ForecastJson["rows"], key: "commit" | "pipeline"): number => rows.reduce((total, row) => total + row[key], 0);
    expect(byRegion.rows.map((row) => row.owner).sort()).toEqual(["APAC", "EMEA", "Japan", "LATAM", "NA"]);
    expect(sum(byRegion.rows, "commit")).toBeCloseTo(sum(demo.rows, "commit"), 4);
    expect(sum(byRegion.rows, "pipeline")).toBeCloseTo(sum(demo.rows, "pipeline"), 4);
  });

  it("reads a data folder written by demo-data and gives the same forecast", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "salesops-forecast-"));
    expect((await run(["demo-data", "--out", dir, "--seed", "7", "--as-of", "2026-11-27"])).code).toBe(0);
    const fromFiles = JSON.parse((await run(["forecast", "--data", dir, "--as-of", "2026-11-27", "--format", "json"])).out) as ForecastJson;
    expect(fromFiles.rows.length).toBe(demo.rows.length);
    fromFiles.rows.forEach((row, index) => expect(row.commit).toBeCloseTo(demo.rows[index].commit, 6));
    expect(fromFiles.waterfall.end).toBeCloseTo(demo.waterfall.end, 2);
  });

  it("shows a manager's adjustment beside the raw figure, and keeps it after the data is rewritten", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "salesops-adjust-"));
    expect((await run(["demo-data", "--out", dir, "--seed", "7", "--as-of", "2026-11-27"])).code).toBe(0);
    const owner = demo.rows[0].owner;
    const adjust = await run(["adjust", "--data", dir, "--owner", owner, "--period", "FY2027-Q4", "--amount", "1234567.89", "--note", "Verbal from Acme", "--author", "Dana"]);
    expect(adjust).toMatchObject({ code: 0, err: "" });
    // A refresh rewrites the data files; the adjustment log beside them stays.
    expect((await run(["demo-data", "--out", dir, "--seed", "7", "--as-of", "2026-11-27"])).code).toBe(0);
    const json = JSON.parse((await run(["forecast", "--data", dir, "--as-of", "2026-11-27", "--format", "json"])).out) as { rows: { owner: string; commit: number; adjusted: { commit: number }; overrides: { commit?: { note: string } } }[] };
    const adjusted = json.rows.find((row) => row.owner === owner);
    expect(adjusted?.commit).toBeCloseTo(demo.rows[0].commit, 6);
    expect(adjusted?.adjusted.commit).toBe(1234567.89);
    expect(adjusted?.overrides.commit?.note).toBe("Verbal from Acme");
    expect((await run(["adjust", "--data", dir, "--owner", owner, "--period", "FY2027-Q4", "--note", "x", "--author", "Dana"])).code).toBe(2);
  });

  it("refuses a bad period or a missing data source with a usage error", async () => {
    expect((await run(["forecast", "--demo", "--period", "Q4"])).code).toBe(2);
    const missing = await run(["forecast"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--data DIR");
  });
});
