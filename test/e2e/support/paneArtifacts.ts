import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { axeViolations, AxeViolation } from "./browser";

/**
 * Where the in-Excel suites put their screenshots for a person to look at: test-output/e2e/ at the
 * repository root (ignored by git, kept by CI as an artifact), or $E2E_SCREENSHOTS.
 */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOTS ?? path.resolve(__dirname, "../../../test-output/e2e");

/** A full-page screenshot named `<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Every axe-core violation on the page, of any impact (axeViolations leaves out only Tabster's focus
 * guards, a documented false positive), labelled with where it was found so a failure says which view.
 */
export async function axeReport(page: Page, where: string): Promise<{ where: string; violations: AxeViolation[] }> {
  return { where, violations: await axeViolations(page) };
}
