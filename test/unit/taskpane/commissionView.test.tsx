/*
 * What the Commissions view's parts put on screen, rendered to HTML (the project has no jsdom;
 * clicking through is the Chromium e2e test's job): the per-rep grid, a rep's statement lines, the
 * plan form, the view before its first calculation, and the tab in the pane.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { calculateCommissionPeriod } from "../../../src/app/commissionRun";
import { DEMO_AE_PLAN, type RepPeriodResult } from "../../../src/core/commission";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { App } from "../../../src/taskpane/App";
import type { CommissionOperations, ForecastOperations, TaskPaneOperations } from "../../../src/taskpane/operations";
import { CommissionGrid } from "../../../src/taskpane/views/commissions/CommissionGrid";
import { CommissionIssues } from "../../../src/taskpane/views/commissions/CommissionIssues";
import CommissionsView from "../../../src/taskpane/views/commissions/CommissionsView";
import { PlanEditor } from "../../../src/taskpane/views/commissions/PlanEditor";
import { StatementLines } from "../../../src/taskpane/views/commissions/StatementLines";
import { smallDataSet } from "../../e2e/harness/smallDataSet";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");
const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

async function adaPark(): Promise<RepPeriodResult> {
  const dataSet = smallDataSet(40);
  const setup = { plans: [DEMO_AE_PLAN], assignments: dataSet.reps.map((rep) => ({ repId: rep.id, planId: DEMO_AE_PLAN.id, from: rep.startDate, to: rep.endDate, quota: null, targetIncentive: null })) };
  const { run } = await calculateCommissionPeriod(dataSet, setup, "FY2027-Q4");
  return run.reps[0];
}

function commissionOperations(): CommissionOperations {
  return { loadInputs: jest.fn(), savePlans: jest.fn(), lockPeriod: jest.fn(), writeStatements: jest.fn(), settings: jest.fn(() => DEFAULT_SETTINGS), now: jest.fn(() => new Date("2026-11-27T15:30:00Z")) };
}

describe("the Commissions view's parts", () => {
  it("lists each rep with credit, attainment, earnings and payout to the cent, and flags a changed lock", async () => {
    const ada = await adaPark();
    const changed = { ...ada, repId: "R9", repName: "Ben Ortiz", locked: { payout: ada.payout - 54.33, difference: 54.33 } };
    const html = render(<CommissionGrid reps={[ada, changed]} label="Commissions for FY2027-Q4" selectedRep={null} onSelect={() => undefined} />);
    for (const header of ["Rep", "Payout", "Lock", "Attainment", "Credit", "Earnings"]) expect(text(html)).toContain(header);
    expect(text(html)).toContain("Ada Park");
    expect(text(html)).toContain("$30,706.40");
    expect(text(html)).toContain("131.5%");
    expect(text(html)).toContain("Δ +$54.33");
    expect(html).toContain('aria-label="Select Ben Ortiz"');
    expect(html).toContain('aria-label="Commissions for FY2027-Q4, scrolls sideways"');
  });

  it("drills into a rep's statement lines, which add up to the payout, and says what a lock difference means", async () => {
    const ada = await adaPark();
    const html = text(render(<StatementLines rep={{ ...ada, locked: { payout: 30_000, difference: 706.4 } }} plans={[DEMO_AE_PLAN]} nextPeriod="FY2028-Q1" />));
    for (const header of ["Line (rule, tier)", "Deals", "Rate", "Amount"]) expect(html).toContain(header);
    expect(html).toContain("Commission rates.tiers[1] · Core (50–100%) O21 8% $1,099.47");
    expect(html).toContain("Bonus bonuses[1] — — $5,000.00");
    expect(html).toContain("Payout 13 lines $30,706.40");
    expect(html).toContain("Locked $30,000.00; recalculated $30,706.40; +$706.40 to pay as an adjustment in FY2028-Q1.");
  });

  it("offers the plan's numbers and tiers as labelled inputs, with Save only when there is a valid change", () => {
    const html = render(<PlanEditor plans={[DEMO_AE_PLAN]} busy={false} onSave={jest.fn()} onReload={jest.fn()} />);
    for (const label of ["Target incentive (USD)", "Gate (% of quota)", "Cap per deal (USD)", "Cap per period (USD)", "Cap (× target incentive)", "Rate tiers"]) expect(text(html)).toContain(label);
    expect(html).toContain('aria-label="Tier 2 from (% of quota)"');
    expect(html).toContain('aria-label="Tier 4 rate (%)"');
    expect(html).toContain('aria-label="Remove tier 3"');
    expect(html).toContain('value="40000"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Save plan<\/button>/);
    expect(text(html)).toContain("Edited the plan tables in Excel? Choose Reload.");
  });

  it("groups the issues behind the figures with what to do", () => {
    const html = text(render(<CommissionIssues period="FY2027-Q3" issues={[{ code: "no_quota", path: ["reps", "R9"], message: "R9 has no quota for FY2027-Q3." }]} />));
    expect(html).toContain("1 issue affects FY2027-Q3");
    expect(html).toContain("Rep without a quota (1): Add the rep's quota");
    expect(html).toContain("R9 has no quota for FY2027-Q3.");
  });

  it("opens on the last closed quarter with Calculate, reading nothing until asked", () => {
    const operations = commissionOperations();
    const html = text(render(<CommissionsView operations={operations} />));
    expect(html).toContain("Commissions");
    expect(html).toContain("FY2027-Q3 (last closed)");
    expect(html).toContain("Calculate");
    expect(html).toContain("Choose Calculate to read the deals, quotas, plan tables and locked payouts");
    expect(operations.loadInputs).not.toHaveBeenCalled();
  });

  it("adds a Commissions tab after Forecast when the surface offers commissions, and none otherwise", () => {
    const forecast = { loadInputs: jest.fn(), recordAdjustment: jest.fn(), writeForecastSheet: jest.fn(), settings: jest.fn(), now: jest.fn() } as ForecastOperations;
    const base: TaskPaneOperations = { loadSampleData: jest.fn(), forecast };
    const tabs = (html: string) => [...html.matchAll(/role="tab"[^>]*>(?:<[^>]+>)*([^<]+)</g)].map((match) => match[1]);
    const withCommissions = renderToString(<App operations={{ ...base, commissions: commissionOperations() }} />);
    expect(tabs(withCommissions).slice(0, 3)).toEqual(["Data", "Forecast", "Commissions"]);
    expect(tabs(renderToString(<App operations={base} />))).not.toContain("Commissions");
  });
});
