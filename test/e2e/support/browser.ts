import { existsSync } from "fs";
import path from "path";
import { Browser, chromium, Page } from "playwright-core";
import { oracleBinary } from "../../oracles/availability";

const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/;
/** office.js's own telemetry frame: it asks for it outside Office too; aborted, but not our request. */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const OFFICE_DIST = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: oracleBinary("chromium") ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

export interface PageProblems {
  /** Uncaught exceptions and unhandled rejections in the page. */
  errors: string[];
  /** console.error lines. */
  consoleErrors: string[];
  /** Requests that would have left the machine (all are aborted; office.js's telemetry is not listed). */
  blocked: string[];
}

/**
 * A 350 px wide page (a task pane; `viewport` to change it) where office.js comes from the npm package instead of the CDN,
 * every other outside request is blocked and recorded, and page errors are collected.
 */
export async function openPanePage(browser: Browser, localOrigin: string, viewport = { width: 350, height: 900 }): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport });
  const problems: PageProblems = { errors: [], consoleErrors: [], blocked: [] };
  page.on("pageerror", (error) => problems.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(localOrigin)) return route.continue();
    const cdn = OFFICE_CDN.exec(url);
    const file = cdn ? path.join(OFFICE_DIST, cdn[1].split("?")[0]) : null;
    if (file && file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ path: file });
    if (!OFFICE_TELEMETRY.test(url)) problems.blocked.push(url);
    return route.abort();
  });
  return { page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  /** Selectors of the first few offending elements, to find them in the page. */
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its violations, summarised. Tabster's focus-redirecting
 * dummy elements (`<i data-tabster-dummy tabindex="0" aria-hidden="true">`, added by Fluent UI v9's
 * TabList, DataGrid, Dialog …) are left out: they exist only to pass focus on, and Fluent and
 * Accessibility Insights treat the aria-hidden-focus report on them as a known false positive
 * (microsoft/tabster#288, microsoft/accessibility-insights-web#7605).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type Node = { target: unknown[] };
    const axe = (window as unknown as { axe: { run(context: { exclude: string[][] }): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: Node[] }[] }> } }).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(" ")) }));
  });
}
