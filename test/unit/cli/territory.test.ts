import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli as run } from "../support/cliAndErrors";


interface TerritoryJson {
  territories: { territoryId: string; isLeaf: boolean; accounts: number; potential: number; quota: number; openPipeline: number }[];
  balance: { stats: { cv: number; gini: number; maxMin: number; count: number }; outside: unknown[]; corridor: number };
  moves: { outcomes: { applied: boolean; quotaTransfer: number; pipelineMoved: number }[]; balanceBefore: { stats: { gini: number } }; balanceAfter: { stats: { gini: number } } } | null;
}

describe("salesops territory", () => {
  it("prints per-territory metrics and balance indexes for the demo org", async () => {
    const result = await run(["territory", "--demo", "--seed", "7", "--as-of", "2026-11-27", "--format", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as TerritoryJson;
    expect(json.territories).toHaveLength(59);
    const leaves = json.territories.filter((t) => t.isLeaf);
    expect(json.balance.stats.count).toBe(leaves.length);
    expect(json.balance.stats.gini).toBeGreaterThan(0);
    expect(json.balance.stats.gini).toBeLessThan(1);
    expect(json.balance.corridor).toBe(0.15);
    expect(json.moves).toBeNull();
  });

  it("shows the quota transfer and the before/after balance of a planned move", async () => {
    const demo = JSON.parse((await run(["territory", "--demo", "--seed", "7", "--as-of", "2026-11-27", "--format", "json"])).out) as TerritoryJson;
    const dir = mkdtempSync(path.join(os.tmpdir(), "salesops-territory-"));
    expect((await run(["demo-data", "--out", dir, "--seed", "7", "--as-of", "2026-11-27"])).code).toBe(0);
    const leaves = demo.territories.filter((t) => t.isLeaf && t.accounts > 1);
    // Move one account of the first leaf to the second, as of mid-December.
    const accountsCsv = (await import("fs")).readFileSync(path.join(dir, "accounts.csv"), "utf8").split("\n");
    const header = accountsCsv[0].split(",");
    const account = accountsCsv.slice(1).map((line) => line.split(",")).find((cells) => cells[header.indexOf("territory_id")] === leaves[0].territoryId);
    expect(account).toBeDefined();
    const movesFile = path.join(dir, "moves.csv");
    writeFileSync(movesFile, `account_id,from,to,effective_date\n${account?.[0]},${leaves[0].territoryId},${leaves[1].territoryId},2026-12-16\n`);
    const result = await run(["territory", "--data", dir, "--as-of", "2026-11-27", "--moves", movesFile, "--format", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as TerritoryJson;
    expect(json.moves?.outcomes).toHaveLength(1);
    expect(json.moves?.outcomes[0].applied).toBe(true);
    expect(json.moves?.outcomes[0].quotaTransfer).toBeGreaterThanOrEqual(0);
    expect(json.moves?.balanceBefore.stats.gini).not.toBe(json.moves?.balanceAfter.stats.gini);
  });

  it("refuses an unreadable moves file with a usage error", async () => {
    const result = await run(["territory", "--demo", "--moves", "/nonexistent/moves.csv"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("Cannot read --moves");
  });
});
