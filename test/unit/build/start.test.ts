import path from "path";

// scripts/ is plain CommonJS run by node, without types; load it as such.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startMode, sideloadHelp, excelLocations } = require("../../../scripts/startPlan.js") as {
  startMode(input: { platform: string; env: Record<string, string | undefined>; args: string[]; exists(file: string): boolean }): "desktop" | "server";
  sideloadHelp(manifestPath: string): string;
  excelLocations(platform: string, env: Record<string, string | undefined>): string[];
};

const none = () => false;
const all = () => true;

describe("npm start", () => {
  it("only runs the dev server on Linux, where there is no desktop Excel", () => {
    expect(startMode({ platform: "linux", env: {}, args: [], exists: all })).toBe("server");
    expect(excelLocations("linux", {})).toEqual([]);
  });

  it("sideloads into desktop Excel on Windows and macOS when Excel is installed", () => {
    const windowsExcel = path.win32.join("C:\\Program Files", "Microsoft Office", "root", "Office16", "EXCEL.EXE");
    expect(startMode({ platform: "win32", env: { ProgramFiles: "C:\\Program Files" }, args: [], exists: (f) => f === windowsExcel })).toBe("desktop");
    expect(startMode({ platform: "darwin", env: {}, args: [], exists: (f) => f === "/Applications/Microsoft Excel.app" })).toBe("desktop");
    expect(startMode({ platform: "darwin", env: {}, args: [], exists: none })).toBe("server");
  });

  it("lets CI, --server and SALESOPS_START choose", () => {
    expect(startMode({ platform: "darwin", env: { CI: "true" }, args: [], exists: all })).toBe("server");
    expect(startMode({ platform: "win32", env: {}, args: ["--server"], exists: all })).toBe("server");
    expect(startMode({ platform: "linux", env: { SALESOPS_START: "desktop" }, args: [], exists: none })).toBe("desktop");
  });

  it("explains how to sideload into Excel on the web and desktop", () => {
    const help = sideloadHelp("/repo/manifest.xml");
    expect(help).toContain("Upload My Add-in");
    expect(help).toContain("/repo/manifest.xml");
    expect(help).toContain("https://localhost:3000/");
    expect(help).toContain("Excel desktop");
    expect(help).toContain("npm run stop");
  });
});
