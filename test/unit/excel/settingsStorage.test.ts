/*
 * The Office.js settings storage over the in-memory host: one key in Workbook.settings holding the
 * versioned settings as JSON text, read back validated (older versions upgraded, invalid values
 * reported by field), one request per operation, and a full recalculation on request.
 */
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/model/settings";
import { createExcelSettingsStorage, decodeStoredSettings, SETTINGS_KEY } from "../../../src/excel/settingsStorage";
import { createExcelHost, type ExcelHost } from "../../host";

const JANUARY_EUR: Settings = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 1, corporateCurrency: "EUR" };

async function hostHolding(value: unknown): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, value);
  });
  host.resetStats();
  return host;
}

describe("the workbook settings storage", () => {
  it("writes the settings as JSON text under SalesOps.settings and reads them back, one request each", async () => {
    const host = createExcelHost();
    const storage = createExcelSettingsStorage(host.run);
    await storage.write(JANUARY_EUR);
    expect(host.settings()).toEqual({ [SETTINGS_KEY]: JSON.stringify(JANUARY_EUR) });
    expect(host.syncCount()).toBe(1);
    await expect(storage.read()).resolves.toEqual({ settings: JANUARY_EUR, issues: [] });
    expect(host.syncCount()).toBe(2);
    // A second write replaces the first.
    await storage.write(DEFAULT_SETTINGS);
    await expect(storage.read()).resolves.toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it("reads nothing, and no issue, from a workbook that has no settings yet", async () => {
    const host = createExcelHost();
    await expect(createExcelSettingsStorage(host.run).read()).resolves.toEqual({ settings: null, issues: [] });
  });

  it("upgrades settings saved before the version field, filling what they lack with the defaults", async () => {
    const host = await hostHolding(JSON.stringify({ fiscalYearStartMonth: 7 }));
    await expect(createExcelSettingsStorage(host.run).read()).resolves.toEqual({ settings: { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 7 }, issues: [] });
  });

  it("reads an object another tool stored instead of text", async () => {
    const host = await hostHolding(JANUARY_EUR);
    await expect(createExcelSettingsStorage(host.run).read()).resolves.toEqual({ settings: JANUARY_EUR, issues: [] });
  });

  it("names the field of an invalid value and uses none of the stored settings", async () => {
    const stageMap = DEFAULT_SETTINGS.stageMap.map((stage, i) => (i === 3 ? { ...stage, probability: 1.5 } : stage));
    const host = await hostHolding(JSON.stringify({ ...JANUARY_EUR, stageMap }));
    const read = await createExcelSettingsStorage(host.run).read();
    expect(read.settings).toBeNull();
    expect(read.issues).toEqual([expect.objectContaining({ code: "invalid_settings", path: ["stageMap", 3, "probability"] })]);
  });

  it("says when the stored value is not JSON, or not an object of settings", () => {
    expect(decodeStoredSettings("{fiscalYearStartMonth: 1")).toEqual({ settings: null, issues: [expect.objectContaining({ code: "settings_not_json", path: [] })] });
    // parseSettings would read 42 as an empty version-0 file, i.e. the defaults: refused instead.
    for (const value of ["42", "[1]", "null", 42]) {
      expect(decodeStoredSettings(value)).toEqual({ settings: null, issues: [expect.objectContaining({ code: "invalid_settings", path: [] })] });
    }
  });

  it("reports settings from a newer version by their version field", () => {
    const read = decodeStoredSettings(JSON.stringify({ ...DEFAULT_SETTINGS, version: 2 }));
    expect(read.issues.map((issue) => issue.path)).toEqual([["version"]]);
  });

  it("asks Excel for a full recalculation, which reruns custom functions whose arguments did not change", async () => {
    const host = createExcelHost();
    await createExcelSettingsStorage(host.run).recalculate();
    expect(host.syncs().map((sync) => sync.calculations)).toEqual([["Full"]]);
  });
});
