import fc from "fast-check";
import type { Account } from "../../../../src/core/model/entities";
import { applyAssignment, assignAccounts } from "../../../../src/core/territory/assignAccounts";
import { AssignmentRule, assignmentRule } from "../../../../src/core/territory/assignmentRule";
import { rulesFromRows, rulesToRows } from "../../../../src/core/territory/rulesTable";
import { account, territory } from "./fixtures";

const accounts = [
  account("A1", "OLD", { region: "EMEA", country: "France", industry: "Retail", segment: "SMB", employees: 50 }),
  account("A2", "OLD", { region: "EMEA", country: "Germany", industry: "Energy", segment: "Enterprise", employees: 20_000 }),
  account("A3", "OLD", { region: "NA", country: "United States", industry: "Retail", segment: "Mid-Market", employees: 1000 }),
  account("A4", "OLD", { region: "APAC", country: "Japan", industry: "Media", segment: "SMB", employees: null }),
  account("A5", "T-DE", { region: "emea ", country: "germany", industry: "Media", segment: "SMB", employees: 999 }),
];

describe("rule-based assignment", () => {
  it("applies the best priority, matches text ignoring case and bands as [min, max)", () => {
    const rules = [
      assignmentRule({ id: "named", priority: 1, territoryId: "T-KEY", accountIds: ["A2"] }),
      assignmentRule({ id: "de", priority: 2, territoryId: "T-DE", regions: ["EMEA"], countries: ["Germany"] }),
      assignmentRule({ id: "eu", priority: 3, territoryId: "T-EU", regions: ["EMEA"] }),
      assignmentRule({ id: "na-small", priority: 2, territoryId: "T-NA-S", regions: ["NA"], employeesMax: 1000 }),
      assignmentRule({ id: "na-mid", priority: 2, territoryId: "T-NA-M", regions: ["NA"], employeesMin: 1000, employeesMax: 5000 }),
    ];
    const result = assignAccounts(accounts, rules);
    expect(result.territoryIds).toEqual(["T-EU", "T-KEY", "T-NA-M", null, "T-DE"]);
    expect(result.ruleIds).toEqual(["eu", "named", "na-mid", null, "de"]);
    expect(result.unassigned).toEqual(["A4"]);
    expect(result.ties).toEqual([]);
    expect(result.changed).toBe(3);
    expect(result.issues.map((issue) => issue.code)).toEqual(["no_matching_rule"]);
    expect(applyAssignment(accounts, result).map((a) => a.territoryId)).toEqual(["T-EU", "T-KEY", "T-NA-M", "OLD", "T-DE"]);
  });

  it("reports ties between territories at the same priority and never picks one", () => {
    const rules = [
      assignmentRule({ id: "retail", priority: 5, territoryId: "T-RETAIL", industries: ["Retail"] }),
      assignmentRule({ id: "smb", priority: 5, territoryId: "T-SMB", segments: ["SMB"] }),
      assignmentRule({ id: "smb-again", priority: 5, territoryId: "T-SMB", segments: ["smb"] }),
      assignmentRule({ id: "all", priority: 9, territoryId: "T-ALL" }),
    ];
    const result = assignAccounts(accounts, rules, { territories: [territory("T-RETAIL"), territory("T-SMB")] });
    expect(result.territoryIds).toEqual([null, "T-ALL", "T-RETAIL", "T-SMB", "T-SMB"]);
    expect(result.ties).toEqual([
      {
        accountId: "A1",
        priority: 5,
        candidates: [
          { ruleId: "retail", territoryId: "T-RETAIL" },
          { ruleId: "smb", territoryId: "T-SMB" },
          { ruleId: "smb-again", territoryId: "T-SMB" },
        ],
      },
    ]);
    // Two rules of one priority naming the same territory are no tie.
    expect(result.ruleIds[3]).toBe("smb");
    expect(result.unassigned).toEqual([]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["assignment_tie", "unknown_rule_territory"]);
    expect(result.issues[1].path).toEqual(["rules", "all", "territoryId"]);
  });

  it("gives the same answer as testing every rule on every account", () => {
    const pick = <T>(...values: T[]) => fc.constantFrom(...values);
    const accountArb = fc.record({
      region: pick("EMEA", "NA", "APAC"),
      country: pick("France", "Germany", "Japan", "Brazil"),
      industry: pick("Retail", "Energy", "Media"),
      segment: pick("SMB", "Enterprise"),
      employees: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null }),
    });
    const list = <T>(values: T[]) => fc.subarray(values, { maxLength: 2 });
    const ruleArb = fc.record({
      priority: fc.integer({ min: 1, max: 4 }),
      territoryId: pick("T1", "T2", "T3", "T4"),
      regions: list(["EMEA", "NA", "APAC"]),
      countries: list(["France", "Germany", "Japan", "Brazil"]),
      industries: list(["Retail", "Energy", "Media"]),
      segments: list(["SMB", "Enterprise"]),
      band: fc.option(fc.tuple(fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }), fc.option(fc.integer({ min: 3001, max: 6000 }), { nil: null })), { nil: null }),
      accountIds: list(["A0", "A1", "A2", "A3"]),
    });
    fc.assert(
      fc.property(fc.array(accountArb, { minLength: 1, maxLength: 30 }), fc.array(ruleArb, { maxLength: 70 }), (rawAccounts, rawRules) => {
        const accs: Account[] = rawAccounts.map((a, i) => account(`A${i}`, "", a));
        const rules: AssignmentRule[] = rawRules.map((r, i) => assignmentRule({ id: `R${i}`, ...r, employeesMin: r.band?.[0] ?? null, employeesMax: r.band?.[1] ?? null }));
        const result = assignAccounts(accs, rules);
        accs.forEach((acc, i) => {
          const matching = rules.filter(
            (rule) =>
              (rule.regions.length === 0 || rule.regions.includes(acc.region)) &&
              (rule.countries.length === 0 || rule.countries.includes(acc.country)) &&
              (rule.industries.length === 0 || rule.industries.includes(acc.industry)) &&
              (rule.segments.length === 0 || rule.segments.includes(acc.segment)) &&
              (rule.accountIds.length === 0 || rule.accountIds.includes(acc.id)) &&
              (rule.employeesMin === null || (acc.employees !== null && acc.employees >= rule.employeesMin)) &&
              (rule.employeesMax === null || (acc.employees !== null && acc.employees < rule.employeesMax)),
          );
          if (matching.length === 0) {
            expect(result.territoryIds[i]).toBeNull();
            expect(result.unassigned).toContain(acc.id);
            return;
          }
          const best = Math.min(...matching.map((rule) => rule.priority));
          const top = matching.filter((rule) => rule.priority === best);
          const territories = new Set(top.map((rule) => rule.territoryId));
          if (territories.size > 1) {
            expect(result.territoryIds[i]).toBeNull();
            expect(result.ties.find((tie) => tie.accountId === acc.id)?.candidates.map((c) => c.ruleId).sort()).toEqual(top.map((rule) => rule.id).sort());
          } else {
            expect(result.territoryIds[i]).toBe(top[0].territoryId);
            expect(result.ruleIds[i]).toBe(top[0].id);
          }
        });
        expect(result.unassigned.length + result.ties.length + result.territoryIds.filter((t) => t !== null).length).toBe(accs.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("rules table", () => {
  it("round-trips rules through rows", () => {
    const rules = [
      assignmentRule({ id: "named", priority: 1, territoryId: "T-KEY", accountIds: ["A2", "A9"] }),
      assignmentRule({ id: "mid", priority: 2, territoryId: "T-MID", regions: ["NA"], industries: ["Oil, Gas", "Energy"], employeesMin: 1000, employeesMax: 5000 }),
    ];
    const rows = rulesToRows(rules);
    expect(rows[2]).toEqual(["mid", 2, "T-MID", "NA", "", "Oil, Gas; Energy", "", 1000, 5000, ""]);
    expect(rulesFromRows(rows)).toEqual({ rules, issues: [] });
  });

  it("accepts other header spellings and numbers as text, names blank ids by row", () => {
    const { rules, issues } = rulesFromRows([
      ["Territory", "Priority", "Region", "Min Employees", "Named accounts"],
      ["T1", "3", "EMEA;APAC", "1,000", "A1\nA2"],
      [null, null, null, null, null],
      ["T2", 4, "", "", ""],
    ]);
    expect(issues).toEqual([]);
    expect(rules).toEqual([
      assignmentRule({ id: "row 2", priority: 3, territoryId: "T1", regions: ["EMEA", "APAC"], employeesMin: 1000, accountIds: ["A1", "A2"] }),
      assignmentRule({ id: "row 4", priority: 4, territoryId: "T2" }),
    ]);
  });

  it("reports bad rows by sheet row number and column, and keeps the good ones", () => {
    const { rules, issues } = rulesFromRows(
      [
        ["rule", "priority", "territory_id", "employees_min", "employees_max"],
        ["ok", 1, "T1", null, null],
        ["no-priority", null, "T1", null, null],
        ["bad-band", 2, "T1", 5000, 1000],
        ["text", 2, "T1", "many", null],
        ["ok", 2, "T2", null, null],
        ["no-territory", 2, "", null, null],
      ],
      { firstRowNumber: 4 },
    );
    expect(rules.map((rule) => rule.id)).toEqual(["ok"]);
    expect(issues.map((issue) => issue.path)).toEqual([
      [6, "priority"],
      [7, "employees_max"],
      [8, "employees_min"],
      [9, "rule"],
      [10, "territory_id"],
    ]);
    expect(issues[0].message).toBe("Rule row 6, priority: a priority is required (1 is the first to apply). Fix the row; it is left out until then.");
    expect(issues[1].message).toContain("minimum must be below its maximum");
    expect(rulesFromRows([["rule", "regions"]]).issues[0]).toMatchObject({ code: "missing_column", path: [1, "priority", "territory_id"] });
  });
});
