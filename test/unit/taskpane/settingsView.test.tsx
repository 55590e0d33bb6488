/*
 * The Settings view's parts rendered to HTML (jest runs in node here, without a DOM: server rendering
 * shows what each part puts on screen; clicking through is the Chromium e2e test's job), the form's
 * checks, the words it uses, and its operations over a memory port.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { setSettings, setWorkbookData } from "../../../src/app/sessionState";
import { generateDemoOrg } from "../../../src/core/demo/generateDemoOrg";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { App } from "../../../src/taskpane/App";
import type { TaskPaneOperations } from "../../../src/taskpane/operations";
import { settingsOperations, type SettingsOperations } from "../../../src/taskpane/settingsOperations";
import { CurrencyField } from "../../../src/taskpane/views/settings/CurrencyField";
import { FiscalYearField } from "../../../src/taskpane/views/settings/FiscalYearField";
import { fiscalYearPreview } from "../../../src/taskpane/views/settings/fiscalPreview";
import SettingsView from "../../../src/taskpane/views/settings/SettingsView";
import { checkDraft, draftFromSettings, newStage } from "../../../src/taskpane/views/settings/settingsDraft";
import { invalidFormMessage, loadedMessage, REFRESH_ADVICE, savedMessage, stageMapChanges } from "../../../src/taskpane/views/settings/settingsMessages";
import { StageMapTable } from "../../../src/taskpane/views/settings/StageMapTable";
import { MemorySettingsPort } from "../../e2e/harness/memorySettingsPort";

// React separates adjacent text nodes with empty comments: they are not spaces on screen.
const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");
const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const TODAY = new Date("2026-11-27T15:30:00Z");

function fakeOperations(): SettingsOperations {
  return { load: jest.fn(() => new Promise(() => undefined)), save: jest.fn(), reset: jest.fn(), currenciesWithoutRate: jest.fn(() => null), now: () => TODAY };
}

describe("the Settings tab", () => {
  const base = { loadSampleData: jest.fn(), forecast: { loadInputs: jest.fn(), recordAdjustment: jest.fn(), writeForecastSheet: jest.fn(), settings: jest.fn(), now: jest.fn() } };
  const tabs = (html: string) => [...html.matchAll(/role="tab"[^>]*id="tab-(\w+)"|id="tab-(\w+)"[^>]*role="tab"/g)].map((m) => m[1] ?? m[2]);

  it("comes last when the surface has settings operations, and not at all otherwise", () => {
    const withSettings: TaskPaneOperations = { ...base, settings: fakeOperations() };
    expect(tabs(render(<App operations={withSettings} />)).at(-1)).toBe("settings");
    expect(tabs(render(<App operations={base} />))).not.toContain("settings");
  });

  it("opens on a spinner while the workbook's settings are read, saving nothing", () => {
    const operations = fakeOperations();
    const html = text(render(<SettingsView operations={operations} />));
    expect(html).toContain("Settings");
    expect(html).toContain("Saved in this workbook, so they travel with the file.");
    expect(html).toContain("Reading the settings saved in this workbook…");
    expect(operations.save).not.toHaveBeenCalled();
    expect(operations.reset).not.toHaveBeenCalled();
  });
});

describe("the Settings view's fields", () => {
  it("shows the start month with the fiscal year it makes of today", () => {
    expect(fiscalYearPreview(TODAY, 2)).toBe("FY2027 runs Feb 2026 – Jan 2027");
    expect(fiscalYearPreview(TODAY, 1)).toBe("FY2026 runs Jan 2026 – Dec 2026");
    // 27 November is the last month of a year starting in December.
    expect(fiscalYearPreview(TODAY, 12)).toBe("FY2026 runs Dec 2025 – Nov 2026");
    const html = text(render(<FiscalYearField month={2} today={TODAY} onChange={jest.fn()} />));
    expect(html).toContain("Fiscal year starts in");
    expect(html).toContain("February");
    expect(html).toContain("FY2027 runs Feb 2026 – Jan 2027");
  });

  it("says where rates come from, which currencies lack one, and that a new corporate currency needs new rates", () => {
    const html = text(render(<CurrencyField value="EUR" previous="USD" missingRates={["GBP", "JPY"]} onChange={jest.fn()} />));
    expect(html).toContain("Rates live in the FxRates table: EUR units for one unit of each currency");
    expect(html).toContain("after switching from USD, update FxRates to rates to EUR");
    expect(html).toContain("No rate for GBP, JPY in the data loaded last");
    const invalid = render(<CurrencyField value="EU" previous="USD" missingRates={null} error="corporateCurrency must be a three-letter ISO 4217 code in capitals, such as USD." onChange={jest.fn()} />);
    expect(text(invalid)).toContain("corporateCurrency must be a three-letter ISO 4217 code");
    expect(text(invalid)).toContain("Refresh a view (Forecast, say) to check which currencies in your data lack a rate.");
    expect(invalid).toContain('aria-invalid="true"');
  });

  it("lists each stage with labelled controls and shows a stage's problem under it, tied to its inputs", () => {
    const draft = draftFromSettings(DEFAULT_SETTINGS);
    draft.stages[3] = { ...draft.stages[3], probability: "150" };
    const check = checkDraft(draft);
    const html = render(<StageMapTable stages={draft.stages} errors={check.errors} onChange={jest.fn()} />);
    for (const label of ["Stage 4 name", "Stage 4 probability (%)", "Stage 4 forecast category", "Stage 4 order", "Stage 4 closed", "Stage 4 won", "Remove stage 4 (Value Proposition)"]) {
      expect(html).toContain(`aria-label="${label}"`);
    }
    expect(text(html)).toContain("stageMap[3].probability must be between 0 and 1 (0% to 100%).");
    const errorId = `stage-${draft.stages[3].key}-errors`;
    expect(html).toMatch(new RegExp(`value="150"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*value="150"`));
    expect(html).toContain(`aria-describedby="${errorId}"`);
    expect(text(html)).toContain("Add stage");
  });
});

describe("the Settings form's checks", () => {
  it("reads the defaults back unchanged, probabilities shown as percentages", () => {
    const draft = draftFromSettings(DEFAULT_SETTINGS);
    expect(draft.stages.map((stage) => stage.probability).slice(0, 7)).toEqual(["10", "10", "20", "50", "60", "70", "75"]);
    expect(checkDraft(draft)).toEqual({ settings: DEFAULT_SETTINGS, issues: [], errors: {} });
  });

  it("takes percentages as typed, and names text that is no number", () => {
    const draft = draftFromSettings(DEFAULT_SETTINGS);
    draft.stages[0] = { ...draft.stages[0], probability: " 12.5 % " };
    expect(checkDraft(draft).settings?.stageMap[0].probability).toBe(0.125);
    draft.stages[1] = { ...draft.stages[1], probability: "high", order: "2.5" };
    const check = checkDraft(draft);
    expect(check.settings).toBeNull();
    expect(check.issues.map((issue) => issue.message)).toEqual(['stageMap[1].probability must be a percentage such as 60 (it is "high").', "stageMap[1].order must be a whole number."]);
  });

  it("puts problems in the order of the form, text that is no number among them", () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), corporateCurrency: "usd1" };
    draft.stages[5] = { ...draft.stages[5], probability: "x" };
    draft.stages[2] = { ...draft.stages[2], stage: "" };
    expect(checkDraft(draft).issues.map((issue) => issue.path.join("/"))).toEqual(["corporateCurrency", "stageMap/2/stage", "stageMap/5/probability"]);
  });

  it("checks the map as a whole once each stage is valid: a won stage is needed", () => {
    const draft = draftFromSettings(DEFAULT_SETTINGS);
    draft.stages = draft.stages.filter((stage) => stage.stage !== "Closed Won");
    expect(checkDraft(draft).errors).toEqual({ stageMap: "stageMap needs a won stage (closed and won), such as Closed Won: its deals are the bookings." });
  });

  it("adds an open Pipeline stage after the last position", () => {
    const stage = newStage(draftFromSettings(DEFAULT_SETTINGS).stages);
    expect(stage).toMatchObject({ stage: "", category: "Pipeline", probability: "10", closed: false, won: false, order: "11" });
  });
});

describe("what the Settings view says", () => {
  it("tells the user that invalid stored settings were not used, field by field", () => {
    const message = loadedMessage({ settings: DEFAULT_SETTINGS, source: "invalid", recalculated: false, issues: [{ code: "invalid_settings", path: ["stageMap", 3, "probability"], message: "stageMap[3].probability must be between 0 and 1 (0% to 100%)." }] });
    expect(message).toMatchObject({ intent: "warning", title: "The settings saved in this workbook could not be used", details: ["stageMap[3].probability must be between 0 and 1 (0% to 100%)."] });
    expect(message?.body).toContain("The defaults are in force");
    expect(loadedMessage({ settings: DEFAULT_SETTINGS, source: "none", recalculated: false, issues: [] })).toBeNull();
  });

  it("after a save, says what changed and which views need a refresh", () => {
    const after = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1, corporateCurrency: "EUR" };
    const message = savedMessage({ settings: after, changed: ["fiscalYearStartMonth", "corporateCurrency"], recalculated: true, warnings: [] }, DEFAULT_SETTINGS);
    expect(message.intent).toBe("success");
    expect(message.body).toContain("SALESOPS formulas were recalculated with them.");
    expect(message.body).toContain(REFRESH_ADVICE);
    expect(message.details).toEqual(["Fiscal year starts in January (was February).", "Corporate currency EUR (was USD): the FxRates table must hold rates to EUR."]);
  });

  it("describes stage map changes by stage: added, removed, changed", () => {
    const [prospecting, qualification, ...rest] = DEFAULT_SETTINGS.stageMap;
    const after = [{ ...prospecting, probability: 0.15, category: "Best Case" as const }, ...rest, { ...qualification, stage: "Verbal", order: 11 }];
    expect(stageMapChanges(DEFAULT_SETTINGS.stageMap, after)).toBe("Stage map: Prospecting: category Pipeline → Best Case, probability 10% → 15%; Verbal added; Qualification removed.");
    const many = DEFAULT_SETTINGS.stageMap.map((stage) => ({ ...stage, order: stage.order + 1 }));
    expect(stageMapChanges(DEFAULT_SETTINGS.stageMap, many)).toMatch(/^Stage map: Prospecting: order 1 → 2; Qualification: order 2 → 3; Needs Analysis: order 3 → 4; and 7 more\.$/);
    expect(stageMapChanges(DEFAULT_SETTINGS.stageMap, [...DEFAULT_SETTINGS.stageMap].reverse())).toBe("Stage map: stages reordered.");
  });

  it("counts problems past six so the bar stays readable", () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ code: "invalid_settings", path: ["stageMap", i, "stage"], message: `stageMap[${i}].stage must be a stage name (it is empty).` }));
    const message = invalidFormMessage(issues);
    expect(message.title).toBe("Fix 8 settings before saving");
    expect(message.details?.at(-1)).toBe("…and 2 more.");
  });
});

describe("the Settings view's operations", () => {
  afterEach(() => setSettings(DEFAULT_SETTINGS));

  it("reads the workbook once, then answers with what was saved last", async () => {
    const port = new MemorySettingsPort();
    const read = jest.spyOn(port, "read");
    const operations = settingsOperations(port, () => TODAY);
    await expect(operations.load()).resolves.toMatchObject({ source: "none", settings: DEFAULT_SETTINGS });
    await operations.load();
    expect(read).toHaveBeenCalledTimes(1);
    const saved = await operations.save({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1 });
    expect(saved.ok).toBe(true);
    expect(JSON.parse(port.stored ?? "null")).toMatchObject({ version: 1, fiscalYearStartMonth: 1 });
    expect(port.recalculations).toBe(1);
    await expect(operations.load()).resolves.toMatchObject({ source: "workbook", settings: { fiscalYearStartMonth: 1 } });
  });

  it("names the currencies without a rate in the data a view loaded, or null before any load", () => {
    const operations = settingsOperations(new MemorySettingsPort(), () => TODAY);
    expect(operations.currenciesWithoutRate("USD")).toBeNull();
    const demo = generateDemoOrg({ seed: 7, asOf: "2026-11-27" });
    setWorkbookData(demo);
    expect(operations.currenciesWithoutRate("USD")).toEqual([]);
    // The demo's rates are to USD: with EUR as the corporate currency, USD itself has no row.
    expect(operations.currenciesWithoutRate("EUR")).toContain("USD");
    setWorkbookData({ ...demo, fxRates: demo.fxRates.filter((rate) => rate.currency !== "GBP") });
    expect(operations.currenciesWithoutRate("USD")).toEqual(["GBP"]);
  });
});
