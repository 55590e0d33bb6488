/*
 * The settings use cases over the Office.js storage and the in-memory host: load at pane start,
 * save from the view, reset — with the session the custom functions read, and the recalculation
 * that makes them read it again.
 */
import { getSettings, onSettingsChanged, setSettings } from "../../../src/app/sessionState";
import { loadWorkbookSettings, resetWorkbookSettings, saveWorkbookSettings, type SettingsSession } from "../../../src/app/settingsWorkbook";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/model/settings";
import { createExcelSettingsStorage, SETTINGS_KEY } from "../../../src/excel/settingsStorage";
import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { fiscalPeriod } from "../../../src/functions/functions";
import type { SettingsPort } from "../../../src/app/ports";
import { createExcelHost, type ExcelHost } from "../../host";

installCustomFunctionsShim();

const JANUARY: Settings = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1 };

/** A session of the test's own, so tests don't share the module's. */
function memorySession(initial: Settings = DEFAULT_SETTINGS): SettingsSession & { changes: Settings[] } {
  let settings = initial;
  const changes: Settings[] = [];
  return {
    changes,
    getSettings: () => settings,
    setSettings: (next) => {
      settings = next;
      changes.push(next);
    },
  };
}

function storageOn(host: ExcelHost): SettingsPort {
  return createExcelSettingsStorage(host.run);
}

const calculations = (host: ExcelHost) => host.syncs().flatMap((sync) => sync.calculations);

describe("saving and loading the workbook's settings", () => {
  it("round-trips: what one pane saves, the next one opening the workbook loads", async () => {
    const host = createExcelHost();
    const saved = await saveWorkbookSettings(storageOn(host), { ...JANUARY, corporateCurrency: "EUR" }, memorySession());
    expect(saved).toEqual({ ok: true, value: { settings: { ...JANUARY, corporateCurrency: "EUR" }, changed: ["fiscalYearStartMonth", "corporateCurrency"], recalculated: true, warnings: [] } });

    const session = memorySession();
    const loaded = await loadWorkbookSettings(storageOn(host), session);
    expect(loaded).toEqual({ settings: { ...JANUARY, corporateCurrency: "EUR" }, source: "workbook", issues: [], recalculated: true });
    expect(session.getSettings()).toEqual({ ...JANUARY, corporateCurrency: "EUR" });
  });

  it("upgrades settings an older version saved (no version field) and puts them in force", async () => {
    const host = createExcelHost();
    await host.run(async (context) => context.workbook.settings.add(SETTINGS_KEY, JSON.stringify({ fiscalYearStartMonth: 4, corporateCurrency: "GBP" })));
    const loaded = await loadWorkbookSettings(storageOn(host), memorySession());
    expect(loaded.source).toBe("workbook");
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 4, corporateCurrency: "GBP" });
  });

  it("uses the defaults for stored settings that are not JSON, says so, and leaves the stored value alone", async () => {
    const host = createExcelHost();
    await host.run(async (context) => context.workbook.settings.add(SETTINGS_KEY, "{oops"));
    const session = memorySession(JANUARY);
    const loaded = await loadWorkbookSettings(storageOn(host), session);
    expect(loaded).toMatchObject({ settings: DEFAULT_SETTINGS, source: "invalid", issues: [expect.objectContaining({ code: "settings_not_json" })] });
    expect(session.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(host.settings()[SETTINGS_KEY]).toBe("{oops");
  });

  it("names each invalid field in the view's words", async () => {
    const host = createExcelHost();
    const stageMap = DEFAULT_SETTINGS.stageMap.map((stage, i) => (i === 3 ? { ...stage, probability: 1.5 } : stage));
    await host.run(async (context) => context.workbook.settings.add(SETTINGS_KEY, JSON.stringify({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 13, stageMap })));
    const loaded = await loadWorkbookSettings(storageOn(host), memorySession());
    expect(loaded.source).toBe("invalid");
    expect(loaded.issues.map((issue) => issue.message)).toEqual([
      "fiscalYearStartMonth must be a whole number from 1 (January) to 12 (December).",
      "stageMap[3].probability must be between 0 and 1 (0% to 100%).",
    ]);
  });

  it("puts the defaults in force for a workbook without settings, writing nothing", async () => {
    const host = createExcelHost();
    const session = memorySession(JANUARY);
    const loaded = await loadWorkbookSettings(storageOn(host), session);
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, source: "none", issues: [], recalculated: true });
    expect(host.settings()).toEqual({});
  });

  it("recalculates at load only when the functions' settings differ from those in force", async () => {
    const host = createExcelHost();
    await storageOn(host).write({ ...DEFAULT_SETTINGS, corporateCurrency: "EUR" });
    host.resetStats();
    const loaded = await loadWorkbookSettings(storageOn(host), memorySession());
    expect(loaded.recalculated).toBe(false);
    expect(calculations(host)).toEqual([]);
  });

  it("keeps the settings in force when the workbook cannot be read, and says why", async () => {
    const failing: SettingsPort = { read: () => Promise.reject(new Error("Excel is busy")), write: jest.fn(), recalculate: jest.fn() };
    const session = memorySession(JANUARY);
    const loaded = await loadWorkbookSettings(failing, session);
    expect(loaded.source).toBe("unreadable");
    expect(loaded.settings).toEqual(JANUARY);
    expect(loaded.issues[0].message).toContain("Excel is busy");
    expect(session.changes).toEqual([]);
  });
});

describe("saving from the view", () => {
  it("writes nothing and changes nothing in force when a field is invalid, naming the field", async () => {
    const host = createExcelHost();
    const session = memorySession();
    const stageMap = DEFAULT_SETTINGS.stageMap.map((stage, i) => (i === 3 ? { ...stage, probability: -0.2 } : stage));
    const saved = await saveWorkbookSettings(storageOn(host), { ...DEFAULT_SETTINGS, stageMap }, session);
    expect(saved).toEqual({ ok: false, issues: [{ code: "invalid_settings", path: ["stageMap", 3, "probability"], message: "stageMap[3].probability must be between 0 and 1 (0% to 100%)." }] });
    expect(host.syncCount()).toBe(0);
    expect(session.changes).toEqual([]);
  });

  it("refuses a stage map with repeated names or positions, a won stage that is open, or no won stage", async () => {
    const session = memorySession();
    const port: SettingsPort = { read: jest.fn(), write: jest.fn(), recalculate: jest.fn() };
    const [first, second] = DEFAULT_SETTINGS.stageMap;
    const stageMap = [first, { ...second, stage: " prospecting ", order: 1, won: true }];
    const saved = await saveWorkbookSettings(port, { ...DEFAULT_SETTINGS, stageMap }, session);
    expect(saved.ok).toBe(false);
    expect(saved.ok ? [] : saved.issues.map((issue) => issue.message)).toEqual([
      'stageMap[1].stage " prospecting " repeats stageMap[0].stage: stage names must differ (case is ignored).',
      "stageMap[1].order 1 repeats stageMap[0].order: each stage needs its own position in the sales process.",
      "stageMap[1].won is on for an open stage: a won stage must also be closed.",
      "stageMap needs a won stage (closed and won), such as Closed Won: its deals are the bookings.",
    ]);
    expect(port.write).not.toHaveBeenCalled();
  });

  it("does not recalculate when only the corporate currency changed (no function reads it)", async () => {
    const host = createExcelHost();
    const saved = await saveWorkbookSettings(storageOn(host), { ...DEFAULT_SETTINGS, corporateCurrency: "EUR" }, memorySession());
    expect(saved.ok && saved.value).toMatchObject({ changed: ["corporateCurrency"], recalculated: false });
    expect(calculations(host)).toEqual([]);
  });

  it("leaves the settings in force as they were when Excel refuses the write", async () => {
    const host = createExcelHost();
    host.failSync(1, { code: "InvalidOperation" });
    const session = memorySession();
    await expect(saveWorkbookSettings(storageOn(host), JANUARY, session)).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(session.changes).toEqual([]);
    expect(host.settings()).toEqual({});
  });

  it("saves and puts in force even when the recalculation fails, with a warning saying what to do", async () => {
    const host = createExcelHost();
    host.failSync(2, { code: "GeneralException" });
    const session = memorySession();
    const saved = await saveWorkbookSettings(storageOn(host), JANUARY, session);
    expect(saved.ok && saved.value.recalculated).toBe(false);
    expect(saved.ok && saved.value.warnings.map((issue) => issue.message)).toEqual([expect.stringContaining("press Ctrl+Alt+F9")]);
    expect(session.getSettings()).toEqual(JANUARY);
  });

  it("resets to the defaults by writing them out", async () => {
    const host = createExcelHost();
    await storageOn(host).write(JANUARY);
    const saved = await resetWorkbookSettings(storageOn(host), memorySession(JANUARY));
    expect(saved.ok && saved.value.changed).toEqual(["fiscalYearStartMonth"]);
    expect(host.settings()).toEqual({ [SETTINGS_KEY]: JSON.stringify(DEFAULT_SETTINGS) });
  });
});

describe("the custom functions and the shared session", () => {
  afterEach(() => setSettings(DEFAULT_SETTINGS));

  it("SALESOPS.FISCALPERIOD without a start month uses the month just saved, after a full recalculation", async () => {
    const host = createExcelHost();
    const heard: number[] = [];
    const stop = onSettingsChanged((settings) => heard.push(settings.fiscalYearStartMonth));
    expect(fiscalPeriod("2026-11-27")).toBe("FY2027-Q4");
    try {
      const saved = await saveWorkbookSettings(storageOn(host), JANUARY);
      expect(saved.ok).toBe(true);
    } finally {
      stop();
    }
    // A January year ends in the calendar year it starts: 27 Nov 2026 is in FY2026's fourth quarter.
    expect(fiscalPeriod("2026-11-27")).toBe("FY2026-Q4");
    expect(fiscalPeriod("2026-11-27", undefined, "month")).toBe("FY2026-M11");
    expect(heard).toEqual([1]);
    expect(getSettings().fiscalYearStartMonth).toBe(1);
    // The write, then the recalculation Excel needs to rerun formulas whose arguments did not change.
    expect(host.syncs().map((sync) => sync.calculations)).toEqual([[], ["Full"]]);
  });

  it("at pane start, the workbook's month is in force for the functions", async () => {
    const host = createExcelHost();
    await storageOn(host).write({ ...DEFAULT_SETTINGS, fiscalYearStartMonth: 7 });
    await loadWorkbookSettings(storageOn(host));
    expect(fiscalPeriod("2026-11-27", undefined, "year")).toBe("FY2027");
    expect(fiscalPeriod("2026-06-30", undefined, "year")).toBe("FY2026");
  });
});
