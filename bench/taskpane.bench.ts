/*
 * The task pane's first load: the gzipped size of the JavaScript dist/taskpane.html loads (target
 * 400 KB; the views' lazy chunks and Microsoft's office.js are reported beside it), and the time
 * from navigation to the first interactive screen (the "Load sample data" button, enabled) in
 * headless Chromium with the built pane "in Excel" over the in-memory host (target 1 s). Served from
 * 127.0.0.1, so network time is not in the figure: it is the pane's own parse, run and render cost.
 * Builds dist/ first when it is missing (`npm run build`).
 */
import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { gzipSync } from "zlib";
import { launchChromium } from "../test/e2e/support/browser";
import { DIST, openPaneInExcel } from "../test/e2e/support/openPaneInExcel";
import { serveFolder } from "../test/e2e/support/staticServer";
import { reportFigure } from "./report";
import { medianOf, round1 } from "./support/stats";

const LOADS = 7;
const BUDGET_BYTES = 400 * 1024;
const OFFICE_JS = path.resolve(__dirname, "../node_modules/@microsoft/office-js/dist/office.js");

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 6 }).length;

/** The local scripts taskpane.html names, in its order. */
function pageScripts(): string[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((match) => match[1]).filter((src) => !/^https?:/.test(src));
}

function bundleSizes(): void {
  const scripts = pageScripts();
  const loaded = scripts.map((src) => ({ src, raw: readFileSync(path.join(DIST, src)).length, gzip: gzipped(path.join(DIST, src)) }));
  const lazy = readdirSync(DIST).filter((file) => file.endsWith(".js") && !scripts.includes(file));
  const total = loaded.reduce((sum, s) => sum + s.gzip, 0);
  reportFigure("taskpane", "first_load_js_gzip", total, "bytes", {
    budgetBytes: BUDGET_BYTES,
    withinBudget: total <= BUDGET_BYTES,
    rawBytes: loaded.reduce((sum, s) => sum + s.raw, 0),
    scripts: loaded.map((s) => `${s.src}:${s.gzip}`),
  });
  reportFigure("taskpane", "lazy_chunks_js_gzip", lazy.reduce((sum, file) => sum + gzipped(path.join(DIST, file)), 0), "bytes", { chunks: lazy.length, note: "views and engines loaded on first use" });
  reportFigure("taskpane", "office_js_gzip", gzipped(OFFICE_JS), "bytes", { note: "Microsoft's loader from the CDN, not ours; it then loads its host scripts" });
}

/** Marks, in the page, the moment the first screen can be used: set before any of the page's scripts run. */
const MARK_FIRST_INTERACTIVE = `(() => {
  const check = () => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent && b.textContent.includes("Load sample data"));
    if (button && !button.disabled && !window.__firstInteractive) { window.__firstInteractive = performance.now(); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function firstScreen(): Promise<void> {
  const browser = await launchChromium();
  const server = await serveFolder(DIST);
  const times: number[] = [];
  const domContentLoaded: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      // A new page each time: a cold load in a fresh renderer (the HTTP cache is per context; each page has its own).
      const pane = await openPaneInExcel(browser, { server, navigate: false });
      await pane.page.addInitScript(MARK_FIRST_INTERACTIVE);
      await pane.page.goto(pane.url);
      await pane.page.waitForFunction(() => (window as unknown as { __firstInteractive?: number }).__firstInteractive !== undefined, null, { timeout: 30_000 });
      times.push(await pane.page.evaluate(() => (window as unknown as { __firstInteractive: number }).__firstInteractive));
      domContentLoaded.push(await pane.page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
      if (pane.problems.errors.length > 0) throw new Error(`The pane threw while loading: ${pane.problems.errors.join("; ")}`);
      await pane.close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
  const [load1] = os.loadavg();
  reportFigure("taskpane", "first_interactive_median", round1(medianOf(times)), "ms", {
    targetMs: 1000,
    loads: LOADS,
    firstLoadMs: round1(times[0]),
    maxMs: round1(Math.max(...times)),
    domContentLoadedMedianMs: round1(medianOf(domContentLoaded)),
    browser: "Debian chromium, headless",
    loadAverage: round1(load1),
  });
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"], cwd: path.resolve(__dirname, "..") });
    if (build.status !== 0) throw new Error("npm run build failed: the task pane benchmark needs dist/.");
  }
  bundleSizes();
  await firstScreen();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
