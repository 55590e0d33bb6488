/*
 * The Territories view's parts rendered to HTML (jest runs in node here, without a DOM: server
 * rendering shows what each part puts on screen; clicking through is the Chromium e2e test's job),
 * and the words it uses for outcomes.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { runTerritory } from "../../../src/app/runTerritory";
import { movesTo, previewMoves } from "../../../src/app/territoryMovePreview";
import { runRules } from "../../../src/app/territoryRules";
import { TerritoryWriteError } from "../../../src/app/territoryTableWrite";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import { assignmentRule } from "../../../src/core/territory";
import { App } from "../../../src/taskpane/App";
import type { TaskPaneOperations, TerritoryOperations } from "../../../src/taskpane/operations";
import { BalanceSummary } from "../../../src/taskpane/views/territories/BalanceSummary";
import { MovePreviewPanel } from "../../../src/taskpane/views/territories/MovePreviewPanel";
import { RulesSection } from "../../../src/taskpane/views/territories/RulesSection";
import TerritoriesView from "../../../src/taskpane/views/territories/TerritoriesView";
import { TerritoryGrid } from "../../../src/taskpane/views/territories/TerritoryGrid";
import { metricValue, ofMean, signedMoney } from "../../../src/taskpane/views/territories/territoryFormat";
import { applyFailedMessage, movesAppliedMessage } from "../../../src/taskpane/views/territories/territoryMessages";
import { territoryGridRows } from "../../../src/taskpane/views/territories/territoryRows";
import type { RulesState } from "../../../src/taskpane/views/territories/useRules";

// React separates adjacent text nodes with empty comments: they are not spaces on screen.
const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/\s+/g, " ");
const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

const AS_OF = "2026-11-27";
const demo = generateDemoOrg({ seed: 7, asOf: AS_OF });
const run = runTerritory(demo, { asOf: AS_OF, period: "FY2027-Q4", metric: "potential" });

function territoryOperations(): TerritoryOperations {
  return {
    loadInputs: jest.fn(),
    readRules: jest.fn(),
    applyMoves: jest.fn(),
    applyAssignments: jest.fn(),
    writeExampleRules: jest.fn(),
    settings: () => demo.settings,
    now: () => new Date(`${AS_OF}T15:30:00Z`),
  };
}

describe("the Territories view", () => {
  it("is a tab after Forecast when the surface has territory operations, and not otherwise", () => {
    const base = { loadSampleData: jest.fn(), forecast: { loadInputs: jest.fn(), recordAdjustment: jest.fn(), writeForecastSheet: jest.fn(), settings: jest.fn(), now: jest.fn() } };
    const withTerritories: TaskPaneOperations = { ...base, territories: territoryOperations() };
    const tabs = (html: string) => [...html.matchAll(/role="tab"[^>]*id="tab-(\w+)"|id="tab-(\w+)"[^>]*role="tab"/g)].map((m) => m[1] ?? m[2]);
    expect(tabs(render(<App operations={withTerritories} />))).toEqual(["data", "forecast", "territories"]);
    expect(tabs(render(<App operations={base} />))).toEqual(["data", "forecast"]);
  });

  it("opens on its pickers and a Load button, without reading the workbook", () => {
    const operations = territoryOperations();
    const html = text(render(<TerritoriesView operations={operations} />));
    for (const phrase of ["Territories", "Balance on", "Potential", "Quota period", "FY2027-Q4", "Load territories", "Choose Load territories"]) expect(html).toContain(phrase);
    expect(operations.loadInputs).not.toHaveBeenCalled();
  });

  it("shows every leaf territory with its value, share of the mean and corridor flag, sortable", () => {
    const rows = territoryGridRows(run);
    expect(rows).toHaveLength(run.balance.items.length);
    const html = render(<TerritoryGrid rows={rows} metric="potential" currency="USD" corridor={0.15} label="Potential by territory" />);
    for (const header of ["Territory", "Value", "% of mean", "±15%"]) expect(text(html)).toContain(header);
    expect(html).toContain('aria-label="Potential by territory"');
    const first = rows[0];
    expect(text(html)).toContain(first.name);
    expect(text(html)).toContain(metricValue(first.value, "potential", "USD"));
    expect(text(html)).toContain(ofMean(first.ofMean));
    const flags = (html.match(/>(Above|Below|Within)</g) ?? []).length;
    expect(flags).toBe(rows.length);
    expect(run.balance.outside.length).toBeGreaterThan(0);
    expect(text(html)).toContain("Below");
  });

  it("summarises the balance with CV, Gini, max/min and the corridor", () => {
    const html = text(render(<BalanceSummary report={run.balance} metric="potential" currency="USD" />));
    const stats = run.balance.stats;
    expect(html).toContain("Balance of potential");
    expect(html).toContain(`CV ${stats?.cv?.toFixed(2)}`);
    expect(html).toContain(`Gini ${stats?.gini?.toFixed(2)}`);
    expect(html).toContain(`Max/min ${stats?.maxMin?.toFixed(1)}×`);
    expect(html).toContain(`Outside ±15% ${run.balance.outside.length} of ${stats?.count}`);
  });

  it("previews a move with balance before and after and each territory's quota, and says quota is conserved", () => {
    const from = run.territories.find((t) => t.isLeaf && t.accounts > 1) as (typeof run.territories)[number];
    const to = run.territories.find((t) => t.isLeaf && t.parentId === from.parentId && t.territoryId !== from.territoryId) as (typeof run.territories)[number];
    const account = demo.accounts.find((a) => a.territoryId === from.territoryId) as (typeof demo.accounts)[number];
    const preview = previewMoves(demo, movesTo(demo, [account.id], to.territoryId, "2026-12-16"), { asOf: AS_OF, period: "FY2027-Q4", metric: "potential" });
    const names = new Map(demo.territories.map((t) => [t.id, t.name]));
    const html = text(render(<MovePreviewPanel preview={preview} accountNames={new Map([[account.id, account.name]])} territoryNames={names} />));
    expect(html).toContain(`${account.name}: ${from.name} → ${to.name}`);
    expect(html).toContain(`Before After CV ${preview.balanceBefore.stats?.cv?.toFixed(3)} ${preview.balanceAfter.stats?.cv?.toFixed(3)}`);
    const [lose, gain] = [preview.territories.find((t) => t.territoryId === from.territoryId), preview.territories.find((t) => t.territoryId === to.territoryId)];
    expect(html).toContain(signedMoney(-preview.outcomes[0].quotaTransfer, "USD"));
    expect(lose && gain && lose.quotaAfter - lose.quotaBefore).toBeCloseTo(-(gain ? gain.quotaAfter - gain.quotaBefore : 0), 6);
    expect(html).toContain("moves only transfer quota");
  });

  it("lists ties and accounts no rule matches, and offers to apply only the other changes", () => {
    const [a, b, c] = demo.accounts;
    const other = demo.territories.find((t) => t.id !== a.territoryId)?.id as string;
    const rules = [
      assignmentRule({ id: "move-a", priority: 1, territoryId: other, accountIds: [a.id] }),
      assignmentRule({ id: "t1", priority: 1, territoryId: a.territoryId, accountIds: [b.id] }),
      assignmentRule({ id: "t2", priority: 1, territoryId: other, accountIds: [b.id] }),
      assignmentRule({ id: "rest", priority: 5, territoryId: a.territoryId, accountIds: demo.accounts.slice(3).map((x) => x.id) }),
    ];
    const state: RulesState = { hasTable: true, run: runRules(demo, rules), busy: null, status: null, runRules: jest.fn(), applyAssignments: jest.fn(), writeExampleRules: jest.fn(), dismissStatus: jest.fn() };
    const html = text(render(<RulesSection rules={state} />));
    expect(html).toContain("Ties: left for you to decide");
    expect(html).toContain(`${b.name} (${b.id}): priority 1 rules t1 → ${a.territoryId}, t2 → ${other}; stays in ${b.territoryId}`);
    expect(html).toContain("No rule matches");
    expect(html).toContain(`${c.name} (${c.id}); stays in ${c.territoryId}`);
    expect(html).toContain(`Apply ${state.run?.changes.length} change`);
    expect(html).not.toContain("Write example rules");
    expect(text(render(<RulesSection rules={{ ...state, run: null, hasTable: false }} />))).toContain("Write example rules");
  });
});

describe("the Territories view's messages", () => {
  it("says nothing changed, where it stopped and what to do when a write fails before or after a rollback", () => {
    const cause = Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" });
    const undone = applyFailedMessage(new TerritoryWriteError("TerritoryMoves", true, cause));
    expect(undone.title).toBe("Nothing was changed");
    expect(undone.body).toContain("Writing stopped at the TerritoryMoves table: The workbook is protected. The workbook's tables are as they were.");
    expect(undone.body).toContain("unprotect it");
    const stuck = applyFailedMessage(new TerritoryWriteError("TerritoryMoves", false, cause));
    expect(stuck.title).toBe("Accounts changed, but the moves were not logged");
    expect(stuck.body).toContain("Add these moves to the TerritoryMoves table by hand");
  });

  it("says what an apply changed and that quotas are left to their owner", () => {
    const preview = previewMoves(demo, movesTo(demo, [demo.accounts[0].id], "TER-NA-ENT-02", "2026-12-16"), { asOf: AS_OF, period: "FY2027-Q4", metric: "potential" });
    const message = movesAppliedMessage({ preview, accountsChanged: 1, logged: 1, logRows: 4 }, "NA Enterprise 2");
    expect(message.title).toBe("1 account moved to NA Enterprise 2");
    expect(message.body).toContain("1 move is logged on the TerritoryMoves sheet (4 moves in all)");
    expect(message.body).toContain("The Quotas table is unchanged");
  });
});
