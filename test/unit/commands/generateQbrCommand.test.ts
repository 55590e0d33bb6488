/*
 * The ribbon's Generate QBR command (src/commands/commands.ts): it generates the QBR without the
 * pane, tells the pane what happened, opens the pane only when it failed, and always tells Office
 * it finished, or the button would stay busy.
 */
type Commands = typeof import("../../../src/commands/commands");
type Activity = typeof import("../../../src/app/ribbonActivity");
type ReadyCallback = (info: { host: string | null }) => void;

function loadCommands(host: string | null, excelRun?: (batch: unknown) => Promise<unknown>) {
  const associate = jest.fn();
  const office = {
    onReady: (callback: ReadyCallback) => callback({ host }),
    actions: { associate },
    addin: { showAsTaskpane: jest.fn(async () => undefined) },
  };
  (globalThis as unknown as { Office: typeof office }).Office = office;
  if (excelRun) (globalThis as unknown as { Excel: unknown }).Excel = { run: excelRun };
  // A fresh module per test: commands.ts registers with Office.onReady when it loads.
  const loaded: { commands?: Commands; activity?: Activity } = {};
  jest.isolateModules(() => {
    loaded.commands = jest.requireActual<Commands>("../../../src/commands/commands");
    loaded.activity = jest.requireActual<Activity>("../../../src/app/ribbonActivity");
  });
  if (!loaded.commands || !loaded.activity) throw new Error("commands.ts did not load");
  return { commands: loaded.commands, activity: loaded.activity, associate, office };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("Generate QBR command", () => {
  it("is associated with the manifest's function name once Office is ready in Excel", () => {
    const { commands, associate } = loadCommands("Excel");
    expect(associate).toHaveBeenCalledWith("generateQbr", commands.generateQbr);
  });

  it("associates nothing outside Office", () => {
    const { associate } = loadCommands(null);
    expect(associate).not.toHaveBeenCalled();
  });

  it("when Excel refuses, opens the pane to show why and completes the event", async () => {
    const refusal = Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" });
    const { commands, office, activity } = loadCommands("Excel", () => Promise.reject(refusal));
    const event = { completed: jest.fn() };
    await commands.generateQbr(event as unknown as Office.AddinCommands.Event);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(activity.lastRibbonActivity()).toMatchObject({ state: "failed", template: "qbr", error: refusal });
  });
});
