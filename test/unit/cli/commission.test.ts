import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli as run } from "../support/cliAndErrors";
import { DEMO_AE_PLAN } from "../../../src/core/commission";


interface CommissionJson {
  period: string;
  reps: { repId: string; payout: number; totals: { earnings: number }; lines: { amount: number; opportunityIds: string[]; rule: string; kind: string }[] }[];
  issues: { code: string; message: string }[];
}

const cents = (value: number): number => Math.round(value * 100);

describe("salesops commission", () => {
  it("pays the demo org's account executives for a closed quarter with lines that sum to each payout", async () => {
    const result = await run(["commission", "--demo", "--seed", "7", "--as-of", "2026-11-27", "--period", "FY2027-Q2", "--format", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as CommissionJson;
    expect(json.period).toBe("FY2027-Q2");
    expect(json.reps.length).toBeGreaterThan(30);
    for (const rep of json.reps) {
      expect(rep.lines.reduce((sum, line) => sum + cents(line.amount), 0)).toBe(cents(rep.payout));
      for (const line of rep.lines) expect(line.rule).not.toBe("");
    }
    const commissionLines = json.reps.flatMap((rep) => rep.lines.filter((line) => line.kind === "commission"));
    expect(commissionLines.every((line) => line.opportunityIds.length > 0)).toBe(true);
    expect(json.reps.some((rep) => rep.lines.some((line) => line.kind === "cap"))).toBe(true);
  });

  it("reads a YAML plan file with assignments and reports an invalid plan with its path", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "salesops-commission-"));
    expect((await run(["demo-data", "--out", dir, "--seed", "7", "--as-of", "2026-11-27"])).code).toBe(0);
    const planFile = path.join(dir, "plan.yaml");
    const plan = { ...DEMO_AE_PLAN, id: "ae-simple", bonuses: [], multipliers: [] };
    writeFileSync(planFile, `plans:\n  - ${JSON.stringify(plan)}\nassignments:\n  - { repId: REP-012, planId: ae-simple, from: "2020-01-01", to: null }\n`);
    const result = await run(["commission", "--data", dir, "--plan", planFile, "--period", "FY2027-Q2", "--format", "json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as CommissionJson;
    expect(json.reps.map((rep) => rep.repId)).toEqual(["REP-012"]);

    const bad = { ...plan, rates: { ...plan.rates, tiers: [{ threshold: 0, rate: 0.05 }, { threshold: 1, rate: 0.1 }, { threshold: 0.8, rate: 0.2 }] } };
    writeFileSync(planFile, JSON.stringify({ plans: [bad], assignments: [] }));
    const refused = await run(["commission", "--data", dir, "--plan", planFile, "--period", "FY2027-Q2"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("tiers[2].threshold must be greater than tiers[1].threshold");
  });

  it("needs a plan outside the demo and a fiscal period", async () => {
    expect((await run(["commission", "--data", os.tmpdir(), "--period", "FY2027-Q2"])).err).toContain("--plan FILE");
    expect((await run(["commission", "--demo", "--period", "Q2"])).code).toBe(2);
  });
});
