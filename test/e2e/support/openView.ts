import type { Page } from "playwright-core";

/** The pane's view names, as its tabs (and the overflow menu's items) are labelled. */
export type ViewName = "Data" | "Forecast" | "Commissions" | "Territories" | "Reports" | "Settings";

/**
 * Opens one of the pane's views as a user would: its tab when the tab is on screen; otherwise, in a
 * narrow pane where some tabs sit in the overflow menu (src/taskpane/components/ViewTabs.tsx), the
 * "More views" button and then the menu item named like the tab. Resolves once that view's tab is the
 * selected one (the selected view always keeps its tab in the strip) and a panel is on screen.
 */
export async function openView(page: Page, name: ViewName): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0 && (await tab.first().isVisible())) {
    await tab.first().click();
  } else {
    // "More views (3)": the label counts the views in the menu.
    await page.getByRole("button", { name: /^More views/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).first().waitFor();
  await page.locator('[role="tabpanel"]:not([hidden])').first().waitFor();
}
