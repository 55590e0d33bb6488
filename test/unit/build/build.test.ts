/*
 * Facts about the production build in dist/. Running webpack here would take a minute, so this
 * reads what `npm run build` left (CI builds before testing) and fails clearly when it is missing.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { findAll, parseManifest } from "./manifestXml";

const DIST = path.resolve(__dirname, "../../../dist");
const read = (file: string) => readFileSync(path.join(DIST, file), "utf8");

/** The scripts taskpane.html loads, in order (office.js first, then our bundles). */
function pageScripts(): string[] {
  return [...read("taskpane.html").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

describe("the production build (dist/)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(DIST, "taskpane.html")) || !existsSync(path.join(DIST, "manifest.xml"))) {
      throw new Error("dist/ has no production build: run `npm run build` before `npm test` (CI does).");
    }
  });

  it("ships a manifest with every URL on the production host and none on localhost", async () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    const root = await parseManifest(path.join(DIST, "manifest.xml"));
    const urls = ["Url", "Image", "SourceLocation", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]
      .flatMap((tag) => findAll(root, tag))
      .map((e) => e.$?.DefaultValue)
      .filter((u): u is string => Boolean(u));
    const taskpane = urls.find((u) => u.endsWith("/taskpane.html"));
    expect(taskpane).toMatch(/^https:\/\//);
    // Every URL is under the one production base and names a file the build produced.
    const base = (taskpane as string).slice(0, -"taskpane.html".length);
    for (const url of urls) {
      expect(url.startsWith(base)).toBe(true);
      expect(existsSync(path.join(DIST, url.slice(base.length)))).toBe(true);
    }
  });

  it("has functions.json listing FISCALPERIOD, and the bundle associates it", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string; name: string }[] };
    expect(metadata.functions.map((f) => f.id)).toContain("FISCALPERIOD");
    const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(bundles.some((f) => read(f).includes('CustomFunctions.associate("FISCALPERIOD"'))).toBe(true);
  });

  it("loads office.js from the CDN, then one runtime and the functions, commands and pane entries", () => {
    const scripts = pageScripts();
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const ours = scripts.slice(1);
    const index = (prefix: string) => ours.findIndex((s) => s.startsWith(prefix));
    expect(ours.filter((s) => s.startsWith("runtime."))).toHaveLength(1);
    expect(index("runtime.")).toBe(0);
    expect(index("functions.")).toBeGreaterThan(0);
    expect(index("commands.")).toBeGreaterThan(index("functions."));
    expect(index("taskpane.")).toBeGreaterThan(index("commands."));
    for (const script of ours) expect(existsSync(path.join(DIST, script))).toBe(true);
  });

  it("puts a module used by several entries in one chunk, not a copy per entry", () => {
    // "yyyy-MM-dd" is written only in src/core/model/isoDate.ts, which functions and the pane both use.
    const withIt = readdirSync(DIST).filter((f) => f.endsWith(".js") && read(f).includes('"yyyy-MM-dd"'));
    expect(withIt).toHaveLength(1);
  });

  it("keeps what the pane loads at start under 400 KB gzipped (the target of the pane issue)", () => {
    const gzipped = pageScripts()
      .slice(1)
      .reduce((sum, script) => sum + gzipSync(readFileSync(path.join(DIST, script))).length, 0);
    expect(gzipped).toBeLessThan(400 * 1024);
  });
});
