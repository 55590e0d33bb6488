/*
 * The Territories view's use cases against the in-memory Excel host through the real Office.js
 * adapter, on the demo org: moves are previewed and applied (Accounts and the TerritoryMoves log
 * change together, or neither does), rules run with their ties and orphans, example rules written.
 */
import { loadSampleData } from "../../../src/app/loadSampleData";
import type { TableData, WorkbookPort } from "../../../src/app/ports";
import { runTerritory } from "../../../src/app/runTerritory";
import { accountsTableData } from "../../../src/app/territoryAccountsTable";
import { applyMoves, blockingIssues } from "../../../src/app/territoryApplyMoves";
import { exampleRules, rulesTableData, writeExampleRules } from "../../../src/app/territoryExampleRules";
import { movesTo, MovePlanOptions, previewMoves } from "../../../src/app/territoryMovePreview";
import { applyRuleAssignments, runRules } from "../../../src/app/territoryRules";
import { TerritoryWriteError } from "../../../src/app/territoryTableWrite";
import { loadTerritoryInputs, readTerritoryRules } from "../../../src/app/territoryWorkbook";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import type { CellValue } from "../../../src/core/model/canonicalFiles";
import type { DataSet } from "../../../src/core/model/dataSet";
import { assignmentRule, movesFromRows } from "../../../src/core/territory";
import { createExcelWorkbookPort } from "../../../src/excel";
import { createExcelHost, ExcelHost } from "../../host";

const AS_OF = "2026-11-27";
const OPTIONS: MovePlanOptions = { asOf: AS_OF, period: "FY2027-Q4", metric: "potential" };
const RECORDED_AT = "2026-11-27T15:30:00.000Z";

/** A port whose writes of the named tables fail like Excel refusing them; `times` failures, then it works again. */
function failingPort(inner: WorkbookPort, tableNames: readonly string[], times = Infinity): WorkbookPort & { attempts: string[] } {
  let failures = 0;
  const attempts: string[] = [];
  return {
    attempts,
    readTable: (name) => inner.readTable(name),
    async writeTables(tables: readonly TableData[]) {
      for (const table of tables) {
        attempts.push(table.tableName);
        if (tableNames.includes(table.tableName) && failures < times) {
          failures += 1;
          throw Object.assign(new Error("The workbook is protected"), { code: "AccessDenied" });
        }
        await inner.writeTables([table]);
      }
    },
  };
}

/** Two leaf territories of the same segment and an account of the first, for a realistic move. */
function pickMove(dataSet: DataSet): { accountId: string; from: string; to: string } {
  const leaves = dataSet.territories.filter((t) => !dataSet.territories.some((c) => c.parentId === t.id));
  const from = leaves[0];
  const to = leaves.find((t) => t.id !== from.id && t.parentId === from.parentId) as (typeof leaves)[number];
  const account = dataSet.accounts.find((a) => a.territoryId === from.id && (a.potential ?? 0) > 0) as DataSet["accounts"][number];
  return { accountId: account.id, from: from.id, to: to.id };
}

const territoryOf = (rows: CellValue[][] | null, accountId: string): CellValue => {
  const header = rows?.[0] ?? [];
  return rows?.find((row) => row[header.indexOf("id")] === accountId)?.[header.indexOf("territory_id")] ?? null;
};

describe("the territory use cases over the in-memory Excel host", () => {
  let host: ExcelHost;
  let port: WorkbookPort;
  let demo: DataSet;

  beforeAll(async () => {
    demo = generateDemoOrg({ seed: 7, asOf: AS_OF });
    host = createExcelHost();
    port = createExcelWorkbookPort(host.run);
    await loadSampleData(port, demo);
  });

  it("reads the canonical tables, and no rules when the workbook has no TerritoryRules table", async () => {
    const inputs = await loadTerritoryInputs(port, demo.settings);
    expect(inputs.issues).toEqual([]);
    expect(inputs.rules).toBeNull();
    expect(inputs.dataSet.accounts).toHaveLength(demo.accounts.length);
    expect(inputs.dataSet.territories).toHaveLength(demo.territories.length);
  });

  it("previews a move without writing: balance before is the current balance, quota is only moved", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const { accountId, from, to } = pickMove(dataSet);
    host.resetStats();
    const preview = previewMoves(dataSet, movesTo(dataSet, [accountId], to, "2026-12-16"), OPTIONS);
    expect(host.syncCount()).toBe(0);
    expect(preview.applicable).toBe(true);
    expect(preview.moves).toEqual([{ accountId, from, to, effectiveDate: "2026-12-16" }]);
    expect(preview.balanceBefore.stats).toEqual(runTerritory(dataSet, OPTIONS).balance.stats);
    expect(preview.outcomes[0].quotaTransfer).toBeGreaterThan(0);
    expect(preview.quotaTotalAfter).toBeCloseTo(preview.quotaTotalBefore, 6);
    // The two territories touched: what one loses the other gains, in quota and in the metric.
    expect(preview.territories.map((t) => t.territoryId).sort()).toEqual([from, to].sort());
    const [a, b] = preview.territories;
    expect(a.quotaAfter - a.quotaBefore + (b.quotaAfter - b.quotaBefore)).toBeCloseTo(0, 6);
    expect(a.metricAfter - a.metricBefore + (b.metricAfter - b.metricBefore)).toBeCloseTo(0, 6);
  });

  it("says why a move cannot be applied, and writes nothing", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const { accountId, from } = pickMove(dataSet);
    const preview = previewMoves(dataSet, movesTo(dataSet, [accountId], from, "2026-12-16"), OPTIONS);
    expect(preview.applicable).toBe(false);
    expect(blockingIssues(preview).map((issue) => issue.code)).toEqual(["same_territory"]);
    host.resetStats();
    const applied = await applyMoves(port, { dataSet, moves: preview.moves, options: OPTIONS, recordedAt: RECORDED_AT });
    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.issues[0].message).toContain("already in that territory");
    expect(host.tables().some((t) => t.name === "TerritoryMoves")).toBe(false);
  });

  it("applies a move: the account changes territory in Accounts, the move is logged, total quota is unchanged", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const { accountId, from, to } = pickMove(dataSet);
    const before = runTerritory(dataSet, OPTIONS);
    const moves = movesTo(dataSet, [accountId], to, "2026-12-16");
    const applied = await applyMoves(port, { dataSet, moves, options: OPTIONS, recordedAt: RECORDED_AT });
    if (!applied.ok) throw new Error(applied.issues[0].message);
    expect(applied.value).toMatchObject({ accountsChanged: 1, logged: 1, logRows: 1 });
    const quotaTransfer = applied.value.preview.outcomes[0].quotaTransfer;

    const accounts = await port.readTable("Accounts");
    expect(territoryOf(accounts, accountId)).toBe(to);
    // Every other account is where it was, and no row or column was lost.
    expect(accounts).toHaveLength(demo.accounts.length + 1);
    const after = await loadTerritoryInputs(port, demo.settings);
    expect(after.issues).toEqual([]);
    expect(after.dataSet.accounts.filter((a) => a.territoryId !== dataSet.accounts.find((b) => b.id === a.id)?.territoryId).map((a) => a.id)).toEqual([accountId]);

    const log = await port.readTable("TerritoryMoves");
    expect(host.tables().find((t) => t.name === "TerritoryMoves")?.sheet).toBe("TerritoryMoves");
    expect(movesFromRows(log ?? []).moves).toEqual([{ accountId, from, to, effectiveDate: "2026-12-16" }]);
    const header = (log?.[0] ?? []) as string[];
    expect(header).toEqual(["account_id", "from", "to", "effective_date", "quota_period", "quota_transfer", "currency", "share_basis", "share", "time_factor", "pipeline_moved", "recorded_at"]);
    const row = log?.[1] ?? [];
    expect(row[header.indexOf("quota_period")]).toBe("FY2027-Q4");
    expect(row[header.indexOf("quota_transfer")]).toBeCloseTo(quotaTransfer, 6);
    expect(row[header.indexOf("recorded_at")]).toBe(RECORDED_AT);

    // The account's potential went with it; the quota in force (owners' quotas) is the same in total.
    const rerun = runTerritory(after.dataSet, OPTIONS);
    const total = (run: typeof before) => run.territories.filter((t) => t.isLeaf).reduce((sum, t) => sum + t.quota, 0);
    expect(total(rerun)).toBeCloseTo(total(before), 6);
    const potential = demo.accounts.find((a) => a.id === accountId)?.potential ?? 0;
    const leaf = (run: typeof before, id: string) => run.territories.find((t) => t.territoryId === id)?.potential ?? 0;
    expect(leaf(rerun, to) - leaf(before, to)).toBeCloseTo(potential, 6);
    expect(leaf(before, from) - leaf(rerun, from)).toBeCloseTo(potential, 6);
  });

  it("keeps earlier moves when more are applied, and refuses a plan the workbook has moved on from", async () => {
    const stale = (await loadTerritoryInputs(port, demo.settings)).dataSet;
    const { accountId, from } = pickMove(demo);
    // The account moved in the previous test: a plan made on data read before that must be refused.
    const refused = await applyMoves(port, { dataSet: { ...stale, accounts: demo.accounts }, moves: [{ accountId, from, to: pickMove(demo).to, effectiveDate: "2026-12-20" }], options: OPTIONS, recordedAt: RECORDED_AT });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues[0].code).toBe("territory_changed");
    expect(!refused.ok && refused.issues[0].message).toContain("Choose Refresh");
    expect((await port.readTable("TerritoryMoves"))?.length).toBe(2);

    const second = stale.accounts.filter((a) => a.territoryId === from && a.id !== accountId).slice(0, 2).map((a) => a.id);
    const applied = await applyMoves(port, { dataSet: stale, moves: movesTo(stale, second, pickMove(demo).to, "2026-12-20"), options: { ...OPTIONS, share: "accounts", prorate: "none" }, recordedAt: "2026-11-28T09:00:00.000Z" });
    expect(applied.ok && applied.value.logRows).toBe(3);
    const log = movesFromRows((await port.readTable("TerritoryMoves")) ?? []);
    expect(log.issues).toEqual([]);
    expect(log.moves.map((m) => m.accountId)).toEqual([accountId, ...second]);
  });

  it("leaves Accounts and TerritoryMoves as they were when the log can't be written", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const accountsBefore = await port.readTable("Accounts");
    const logBefore = await port.readTable("TerritoryMoves");
    const formatsBefore = host.numberFormats("Accounts");
    const account = dataSet.accounts.find((a) => a.territoryId === pickMove(demo).from) as DataSet["accounts"][number];
    const failing = failingPort(port, ["TerritoryMoves"]);
    const error = await applyMoves(failing, { dataSet, moves: movesTo(dataSet, [account.id], pickMove(demo).to, "2026-12-20"), options: OPTIONS, recordedAt: RECORDED_AT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerritoryWriteError);
    expect(error).toMatchObject({ tableName: "TerritoryMoves", unchanged: true, cause: expect.objectContaining({ code: "AccessDenied" }) });
    // Accounts was written, then written back when the log failed.
    expect(failing.attempts).toEqual(["Accounts", "TerritoryMoves", "Accounts"]);
    expect(await port.readTable("Accounts")).toEqual(accountsBefore);
    expect(await port.readTable("TerritoryMoves")).toEqual(logBefore);
    expect(host.numberFormats("Accounts")).toEqual(formatsBefore);
  });

  it("leaves both tables as they were when Accounts can't be written, and says so when Accounts can't be put back", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const accountsBefore = await port.readTable("Accounts");
    const logBefore = await port.readTable("TerritoryMoves");
    const account = dataSet.accounts.find((a) => a.territoryId === pickMove(demo).from) as DataSet["accounts"][number];
    const request = { dataSet, moves: movesTo(dataSet, [account.id], pickMove(demo).to, "2026-12-20"), options: OPTIONS, recordedAt: RECORDED_AT };

    const first = await applyMoves(failingPort(port, ["Accounts"]), request).catch((e: unknown) => e);
    expect(first).toMatchObject({ name: "TerritoryWriteError", tableName: "Accounts", unchanged: true });
    expect(await port.readTable("Accounts")).toEqual(accountsBefore);
    expect(await port.readTable("TerritoryMoves")).toEqual(logBefore);

    // The log fails, then putting Accounts back fails too: the error must not claim nothing changed.
    let writes = 0;
    const worst: WorkbookPort = {
      readTable: (name) => port.readTable(name),
      writeTables: async (tables) => {
        writes += 1;
        if (writes > 1) throw Object.assign(new Error("Excel closed"), { code: "GeneralException" });
        await port.writeTables(tables);
      },
    };
    const second = await applyMoves(worst, request).catch((e: unknown) => e);
    expect(second).toMatchObject({ tableName: "TerritoryMoves", unchanged: false });
    expect(territoryOf(await port.readTable("Accounts"), account.id)).toBe(pickMove(demo).to);
    // Put the workbook back for the tests below.
    await port.writeTables([accountsTableData(accountsBefore ?? [])]);
  });

  it("writes example rules that reproduce today's assignment, once", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const written = await writeExampleRules(port, dataSet);
    if (!written.ok) throw new Error(written.issues[0].message);
    expect(written.value.geography + written.value.named).toBe(written.value.rules.length);
    expect(written.value.named).toBeGreaterThan(0);
    const read = await readTerritoryRules(port);
    expect(read?.issues).toEqual([]);
    expect(read?.rules).toEqual(written.value.rules);
    const run = runRules(dataSet, read?.rules ?? []);
    expect(run).toMatchObject({ changes: [], ties: [], orphans: [], issues: [], assigned: dataSet.accounts.length });

    const again = await writeExampleRules(port, dataSet);
    expect(again.ok).toBe(false);
    expect(!again.ok && again.issues[0].code).toBe("rules_exist");
  });

  it("applies rule assignments but leaves ties and orphans where they are", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const [a, b, c] = dataSet.accounts;
    const { to } = pickMove(demo);
    const other = dataSet.territories.find((t) => t.id !== to && t.id !== a.territoryId)?.id as string;
    const rules = [
      assignmentRule({ id: "move-a", priority: 1, territoryId: to, accountIds: [a.id] }),
      assignmentRule({ id: "tie-1", priority: 1, territoryId: to, accountIds: [b.id] }),
      assignmentRule({ id: "tie-2", priority: 1, territoryId: other, accountIds: [b.id] }),
      assignmentRule({ id: "rest", priority: 9, territoryId: to, accountIds: dataSet.accounts.slice(3).map((x) => x.id) }),
    ];
    const run = runRules(dataSet, rules);
    expect(run.ties).toEqual([{ accountId: b.id, accountName: b.name, current: b.territoryId, priority: 1, candidates: [{ ruleId: "tie-1", territoryId: to }, { ruleId: "tie-2", territoryId: other }] }]);
    expect(run.orphans).toEqual([{ accountId: c.id, accountName: c.name, current: c.territoryId }]);
    expect(run.changes.find((change) => change.accountId === a.id)).toMatchObject({ from: a.territoryId, to, ruleId: "move-a" });

    const applied = await applyRuleAssignments(port, dataSet, rules);
    if (!applied.ok) throw new Error(applied.issues[0].message);
    expect(applied.value.accountsChanged).toBe(run.changes.length);
    const accounts = await port.readTable("Accounts");
    expect(territoryOf(accounts, a.id)).toBe(to);
    expect(territoryOf(accounts, b.id)).toBe(b.territoryId);
    expect(territoryOf(accounts, c.id)).toBe(c.territoryId);
  });

  it("refuses rule assignments to a territory that does not exist", async () => {
    const { dataSet } = await loadTerritoryInputs(port, demo.settings);
    const before = await port.readTable("Accounts");
    const applied = await applyRuleAssignments(port, dataSet, [assignmentRule({ id: "typo", priority: 1, territoryId: "TER-NOPE", accountIds: [dataSet.accounts[0].id] })]);
    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.issues[0].message).toContain("TER-NOPE (rule typo)");
    expect(await port.readTable("Accounts")).toEqual(before);
  });
});

describe("the TerritoryMoves log and example rules on small tables", () => {
  const dataSet = (accounts: [string, string, string, string][]): DataSet => ({
    ...generateDemoOrg({ seed: 1, asOf: AS_OF }),
    territories: ["T1", "T2", "T3"].map((id) => ({ id, name: id, region: "", segment: "", ownerId: "", parentId: "", extra: {} })),
    accounts: accounts.map(([id, territoryId, region, segment]) => ({ id, name: id, industry: "", country: "", region, segment, employees: null, annualRevenue: null, potential: 1, territoryId, extra: {} })),
  });

  it("keeps a user's own columns and rows in TerritoryMoves when appending", async () => {
    const memory = new Map<string, CellValue[][]>([
      ["TerritoryMoves", [["Account ID", "From", "To", "Effective Date", "Approved by"], ["A9", "T2", "T1", 46357, "Dana"]]],
      ["Accounts", [["id", "territory_id", "score"], ["A1", "T1", 7], ["A2", "T2", 3]]],
    ]);
    const writes: TableData[] = [];
    const port: WorkbookPort = { readTable: async (name) => memory.get(name) ?? null, writeTables: async (tables) => void writes.push(...tables) };
    const data = dataSet([["A1", "T1", "EU", "SMB"], ["A2", "T2", "EU", "SMB"]]);
    const applied = await applyMoves(port, { dataSet: data, moves: movesTo(data, ["A1"], "T2", "2026-12-01"), options: OPTIONS, recordedAt: RECORDED_AT });
    expect(applied.ok).toBe(true);
    const [accounts, log] = writes;
    expect(accounts.rows).toEqual([["id", "territory_id", "score"], ["A1", "T2", 7], ["A2", "T2", 3]]);
    expect(accounts.numberFormats).toEqual(["@", "@", null]);
    expect(log.rows[0]).toEqual(["Account ID", "From", "To", "Effective Date", "Approved by", "quota_period", "quota_transfer", "currency", "share_basis", "share", "time_factor", "pipeline_moved", "recorded_at"]);
    expect(log.rows[1]).toEqual(["A9", "T2", "T1", 46357, "Dana", "", "", "", "", "", "", "", ""]);
    expect(log.rows[2].slice(0, 5)).toEqual(["A1", "T1", "T2", 46357, ""]);
    expect(movesFromRows(log.rows).moves.map((m) => m.accountId)).toEqual(["A9", "A1"]);
  });

  it("refuses to append to a TerritoryMoves table that is not a moves log", async () => {
    const port: WorkbookPort = {
      readTable: async (name) => (name === "TerritoryMoves" ? [["note"], ["x"]] : name === "Accounts" ? [["id", "territory_id"], ["A1", "T1"]] : null),
      writeTables: async () => {
        throw new Error("nothing may be written");
      },
    };
    const data = dataSet([["A1", "T1", "EU", "SMB"]]);
    const applied = await applyMoves(port, { dataSet: data, moves: movesTo(data, ["A1"], "T2", "2026-12-01"), options: OPTIONS, recordedAt: RECORDED_AT });
    expect(!applied.ok && applied.issues[0].code).toBe("unexpected_moves_table");
  });

  it("derives a region-and-segment rule only where one territory holds it, and names the accounts elsewhere", () => {
    const data = dataSet([
      ["A1", "T1", "EU", "SMB"],
      ["A2", "T1", "eu ", "smb"],
      ["A3", "T2", "NA", "SMB"],
      ["A4", "T3", "NA", "SMB"],
      ["A5", "T3", "", "SMB"],
      ["A6", "", "EU", "SMB"],
      ["A7", "T9", "APAC", "SMB"],
    ]);
    const example = exampleRules(data);
    expect(example.rules.map((r) => [r.id, r.priority, r.territoryId, r.regions, r.segments, r.accountIds])).toEqual([
      ["EU SMB", 2, "T1", ["EU"], ["SMB"], []],
      ["named T2", 1, "T2", [], [], ["A3"]],
      ["named T3", 1, "T3", [], [], ["A4", "A5"]],
    ]);
    expect(example).toMatchObject({ geography: 1, named: 2 });
    // A6 (no territory) falls under EU SMB; A7 (unknown territory) is an orphan rather than a guess.
    const run = runRules(data, example.rules);
    expect(run.changes.map((c) => [c.accountId, c.to])).toEqual([["A6", "T1"]]);
    expect(run.orphans.map((o) => o.accountId)).toEqual(["A7"]);
    expect(run.ties).toEqual([]);
    const table = rulesTableData(example.rules);
    expect(table.rows[1]).toEqual(["EU SMB", 2, "T1", "EU", "", "", "SMB", "", "", ""]);
  });
});
