/*
 * Task pane entry: waits for Office, then renders the pane with the real operations, or, when the
 * page is opened outside Office (host null, or office.js missing), a note saying where to open it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OutsideOffice } from "./components/OutsideOffice";
import { excelOperations } from "./excelOperations";
import type { TaskPaneOperations } from "./operations";
import type { OfficeThemeColors } from "./officeTheme";
import { usePaneTheme } from "./usePaneTheme";

function container(): HTMLElement {
  const element = document.getElementById("container");
  if (!element) throw new Error("taskpane.html has no #container element");
  return element;
}

function renderOutsideOffice(): void {
  createRoot(container()).render(
    <FluentProvider theme={webLightTheme}>
      <OutsideOffice />
    </FluentProvider>,
  );
}

function ThemedApp({ operations, officeColors }: { operations: TaskPaneOperations; officeColors: OfficeThemeColors | null | undefined }) {
  return <App operations={operations} theme={usePaneTheme(officeColors)} />;
}

if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked): nothing Office can happen, say where to open the pane.
  renderOutsideOffice();
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      renderOutsideOffice();
      return;
    }
    const operations = excelOperations((batch) => Excel.run(batch));
    // The workbook's settings go into the session first thing: the custom functions in this runtime
    // read it, and a formula Excel calculates now should use the workbook's fiscal year, not the default.
    void operations.settings?.load();
    createRoot(container()).render(<ThemedApp operations={operations} officeColors={Office.context.officeTheme} />);
  });
}
