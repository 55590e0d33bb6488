/*
 * The ribbon's Generate QBR command (src/commands/commands.ts): until report generation lands it
 * opens the pane, and it always tells Office it finished, or the button would stay busy.
 */
type Commands = typeof import("../../../src/commands/commands");
type ReadyCallback = (info: { host: string | null }) => void;

function loadCommands(showAsTaskpane: () => Promise<void>, host: string | null) {
  const associate = jest.fn();
  const office = {
    onReady: (callback: ReadyCallback) => callback({ host }),
    actions: { associate },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
  };
  (globalThis as unknown as { Office: typeof office }).Office = office;
  // A fresh module per test: commands.ts registers with Office.onReady when it loads.
  const loaded: { commands?: Commands } = {};
  jest.isolateModules(() => {
    loaded.commands = jest.requireActual<Commands>("../../../src/commands/commands");
  });
  if (!loaded.commands) throw new Error("commands.ts did not load");
  return { commands: loaded.commands, associate, office };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("Generate QBR command", () => {
  it("is associated with the manifest's function name once Office is ready in Excel", () => {
    const { commands, associate } = loadCommands(async () => undefined, "Excel");
    expect(associate).toHaveBeenCalledWith("generateQbr", commands.generateQbr);
  });

  it("associates nothing outside Office", () => {
    const { associate } = loadCommands(async () => undefined, null);
    expect(associate).not.toHaveBeenCalled();
  });

  it("opens the task pane and completes the event", async () => {
    const { commands, office } = loadCommands(async () => undefined, "Excel");
    const event = { completed: jest.fn() };
    await commands.generateQbr(event as unknown as Office.AddinCommands.Event);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the pane can't be shown", async () => {
    const { commands } = loadCommands(() => Promise.reject(new Error("not supported")), "Excel");
    const event = { completed: jest.fn() };
    await expect(commands.generateQbr(event as unknown as Office.AddinCommands.Event)).rejects.toThrow("not supported");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
