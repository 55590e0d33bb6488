/*
 * Decides what `npm start` does on this machine, kept pure (platform, environment and a file-exists
 * check come in) so it is unit tested: sideload into desktop Excel with office-addin-debugging where
 * desktop Excel can be found, otherwise only run the dev server and explain how to sideload.
 */
const path = require("path");

const DEV_URL = "https://localhost:3000/";

/** Where desktop Excel usually lives; a miss only means we fall back to the dev server. */
function excelLocations(platform, env) {
  if (platform === "darwin") return ["/Applications/Microsoft Excel.app"];
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], "C:\\Program Files", "C:\\Program Files (x86)"].filter(Boolean);
    return roots.flatMap((root) => [
      path.win32.join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE"),
      path.win32.join(root, "Microsoft Office", "Office16", "EXCEL.EXE"),
    ]);
  }
  return [];
}

/**
 * "desktop" (office-addin-debugging sideloads into Excel) or "server" (dev server only).
 * SALESOPS_START=desktop|server overrides the detection, and `--server` asks for the dev server.
 * @example startMode({ platform: "linux", env: {}, args: [], exists: () => false }) // "server"
 */
function startMode({ platform, env, args, exists }) {
  if (args.includes("--server") || env.SALESOPS_START === "server") return "server";
  if (env.SALESOPS_START === "desktop") return "desktop";
  if (env.CI) return "server";
  return excelLocations(platform, env).some((location) => exists(location)) ? "desktop" : "server";
}

/** What to tell someone whose machine has no desktop Excel to sideload into. */
function sideloadHelp(manifestPath) {
  return [
    "",
    `SalesOps for Excel: the dev server is starting on ${DEV_URL} (no desktop Excel found to sideload into).`,
    "",
    "Excel on the web:",
    "  1. Open a workbook at https://www.office.com (OneDrive or SharePoint).",
    "  2. Home > Add-ins > More Add-ins (or Insert > Add-ins > Office Add-ins) > Upload My Add-in.",
    `  3. Choose ${manifestPath} and select Upload. The SalesOps tab appears on the ribbon.`,
    `  Your browser must trust the dev certificate: open ${DEV_URL}taskpane.html once and accept it.`,
    "",
    "Excel desktop (Windows or Mac):",
    "  run `npm start` there: it sideloads with office-addin-debugging and opens Excel.",
    "  Or Windows: share the folder holding manifest.xml, add it as a Trusted Add-in Catalog",
    "  (File > Options > Trust Center > Trusted Add-in Catalogs), then Insert > My Add-ins > Shared Folder.",
    "",
    "Stop the dev server with Ctrl+C or `npm run stop`.",
    "",
  ].join("\n");
}

module.exports = { startMode, sideloadHelp, excelLocations, DEV_URL };
