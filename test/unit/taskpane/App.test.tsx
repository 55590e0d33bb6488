import { renderToString } from "react-dom/server";
import { App } from "../../../src/taskpane/App";
import { OutsideOffice } from "../../../src/taskpane/components/OutsideOffice";
import type { ForecastOperations, TaskPaneOperations } from "../../../src/taskpane/operations";

/** Server rendering is enough for the first screen's content; clicking through is the e2e test's job. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the task pane's first screen", () => {
  const forecast: ForecastOperations = {
    loadInputs: jest.fn(),
    recordAdjustment: jest.fn(),
    writeForecastSheet: jest.fn(),
    settings: jest.fn(),
    now: jest.fn(),
  };
  const operations: TaskPaneOperations = { loadSampleData: jest.fn(), forecast };

  it("says what the add-in does and offers the sample data, without calling any operation", () => {
    const html = renderToString(<App operations={operations} />);
    for (const phrase of ["SalesOps for Excel", "Forecasts", "Commissions", "Territories", "MBR and QBR", "Load sample data"]) {
      expect(text(html)).toContain(phrase);
    }
    expect(html).toContain('role="status"');
    expect(html).not.toContain('role="progressbar"');
    expect(operations.loadSampleData).not.toHaveBeenCalled();
    // The Forecast view is a tab away and not even loaded until it is opened.
    expect(html).toContain('role="tablist"');
    expect(text(html)).toContain("Forecast");
    for (const call of Object.values(forecast)) expect(call).not.toHaveBeenCalled();
  });

  it("tells someone who opened the page outside Excel where to open it", () => {
    expect(text(renderToString(<OutsideOffice />))).toContain("Open this add-in from Excel");
  });
});
