/*
 * The Data view rendered to HTML (server rendering: jsdom is not installed), with real dry runs of
 * the small HubSpot fixture behind the mapping step, and its messages. Clicking through is the
 * Chromium test's job (test/e2e/data.e2e.test.ts).
 */
import { readFileSync } from "fs";
import path from "path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { ImportWriteError } from "../../../src/app/importDataCommit";
import { assignColumn, detectLayout, draftForPreset, MappingDraft } from "../../../src/app/importDataMapping";
import { ImportPreview, previewImport } from "../../../src/app/importDataPreview";
import { ImportSource, sourceFromRows } from "../../../src/app/importDataSource";
import { parseCsvForImport } from "../../../src/app/importDataCsv";
import type { DataSet } from "../../../src/core/model/dataSet";
import type { Result } from "../../../src/core/model/result";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { App } from "../../../src/taskpane/App";
import type { DataOperations } from "../../../src/taskpane/dataOperations";
import type { ForecastOperations, TaskPaneOperations } from "../../../src/taskpane/operations";
import { importedMessage, importFailedMessage, progressCounts, refreshedMessage } from "../../../src/taskpane/views/data/dataMessages";
import { MappingStep, MappingStepProps } from "../../../src/taskpane/views/data/MappingStep";
import { RejectedList } from "../../../src/taskpane/views/data/RejectedList";
import { WorkProgress } from "../../../src/taskpane/views/data/WorkProgress";

const text = (html: string) =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");
const render = (element: ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.value;
}

const forecast = { loadInputs: jest.fn(), recordAdjustment: jest.fn(), writeForecastSheet: jest.fn(), settings: jest.fn(), now: jest.fn() } as ForecastOperations;
const data = (): DataOperations => ({ listTables: jest.fn(), readSource: jest.fn(), preview: jest.fn(), commit: jest.fn(), refresh: jest.fn(), settings: () => DEFAULT_SETTINGS });

describe("the Data tab", () => {
  it("comes first, keeps the intro and the sample data, and offers Import and Refresh without calling anything", () => {
    const operations: TaskPaneOperations = { loadSampleData: jest.fn(), forecast, data: data() };
    const html = renderToString(<App operations={operations} />);
    const tabs = [...html.matchAll(/role="tab"[^>]*>(?:<[^>]+>)*([^<]+)</g)].map((match) => match[1]);
    expect(tabs.slice(0, 2)).toEqual(["Data", "Forecast"]);
    expect(html).toContain('id="panel-data"');
    for (const phrase of ["SalesOps for Excel", "Load sample data", "Import deals", "A CSV file (a CRM export)", "A table in this workbook", "Choose a CSV file…", "Refresh from the workbook", "Refresh data"]) {
      expect(text(html)).toContain(phrase);
    }
    expect(html).toContain('type="file"');
    expect(html).toContain('aria-label="CSV file to import"');
    // One status area for the whole view: sample data, import and refresh report there.
    expect(html.match(/role="status"/g)).toHaveLength(1);
    expect(html).not.toContain('role="progressbar"');
    expect(text(html)).not.toContain("Salesforce connection");
    for (const call of Object.values(operations.data as DataOperations)) if (jest.isMockFunction(call)) expect(call).not.toHaveBeenCalled();
    expect(operations.loadSampleData).not.toHaveBeenCalled();
  });

  it("offers the sample data alone on a surface without data operations", () => {
    const html = text(renderToString(<App operations={{ loadSampleData: jest.fn(), forecast }} />));
    expect(html).toContain("Load sample data");
    expect(html).not.toContain("Import deals");
    expect(html).not.toContain("Refresh data");
  });
});

describe("the mapping step", () => {
  let source: ImportSource;
  let detected: MappingStepProps["detected"];
  const props = (preview: ImportPreview | null, draft: MappingDraft, extra: Partial<MappingStepProps> = {}): MappingStepProps => ({
    sourceName: "deals.csv",
    headers: source.headers,
    detected,
    draft,
    preview,
    progress: null,
    committing: false,
    onPreset: jest.fn(),
    onColumn: jest.fn(),
    onImport: jest.fn(),
    onCancel: jest.fn(),
    onStop: jest.fn(),
    ...extra,
  });
  const dryRun = async (draft: MappingDraft) => value(await previewImport(source, draft, DEFAULT_SETTINGS));

  beforeAll(async () => {
    const csv = readFileSync(path.join(__dirname, "../../fixtures/import-small/hubspot_deals_small.csv"), "utf8");
    source = value(sourceFromRows("csv", "deals.csv", value(await parseCsvForImport(csv, "deals.csv"))));
    detected = detectLayout(source.headers);
  });

  it("shows the detected layout, the counts, each field's column, the first rows and the rejected rows with reasons", async () => {
    const draft = draftForPreset(source.headers, "hubspot");
    const html = text(render(<MappingStep {...props(await dryRun(draft), draft)} />));
    for (const phrase of [
      "Map the columns of deals.csv",
      "HubSpot deals export (detected)",
      "5 rows read: 3 to import, 2 rejected",
      "Import replaces Opportunities (3 rows), Accounts (3) and Reps (2)",
      "Amount Required",
      "Stage Required, or Status",
      "Rows to import",
      "Northwind - Renewal",
      "24,000",
      "Rejected: 2 rows",
      'Row 5, Close Date "2026-13-40":',
      'Row 6, Amount "TBD": "TBD" is not an amount',
      "Import 3 opportunities",
      "Cancel",
    ]) {
      expect(html).toContain(phrase);
    }
    expect(html).not.toContain("Mapping edited");
  });

  it("shows an edited mapping's own result", async () => {
    const draft = assignColumn(draftForPreset(source.headers, "hubspot"), "amount", "Amount in company currency");
    const html = text(render(<MappingStep {...props(await dryRun(draft), draft)} />));
    expect(html).toContain("Mapping edited");
    expect(html).toContain("5 rows read: 4 to import, 1 rejected");
    expect(html).toContain("22,000");
    expect(html).toContain("Import 4 opportunities");
  });

  it("flags a required field without a column and offers no import", async () => {
    const draft = assignColumn(draftForPreset(source.headers, "hubspot"), "closeDate", null);
    const rendered = render(<MappingStep {...props(await dryRun(draft), draft)} />);
    expect(text(rendered)).toContain("Choose a column for Close date to see what would be imported.");
    expect(text(rendered)).toContain("Choose a column: required");
    expect(rendered).toContain('aria-invalid="true"');
    expect(rendered).toMatch(/<button[^>]*disabled=""[^>]*>Import<\/button>/);
  });

  it("gives way to the progress bar while the dry run or the import runs", () => {
    const draft = draftForPreset(source.headers, "hubspot");
    const html = render(<MappingStep {...props(null, draft, { progress: { step: "checking", label: "Checking the rows of deals.csv", done: 2000, total: 5000, unit: "rows", cancellable: true } })} />);
    expect(text(html)).toContain("Checking the rows of deals.csv");
    expect(text(html)).toContain("2,000 of 5,000 rows");
    expect(html).toContain('role="progressbar"');
    expect(text(html)).not.toContain("Import 3 opportunities");
  });
});

describe("the view's other parts", () => {
  it("lists the first 50 rejected problems and counts the rest", () => {
    const problems = Array.from({ length: 62 }, (_, i) => ({ row: i + 2, column: "Amount", value: "x", code: "invalid_amount", reason: "not an amount" }));
    const html = text(render(<RejectedList problems={problems} rows={62} />));
    expect(html).toContain("Rejected: 62 rows");
    expect(html).toContain("Row 51,");
    expect(html).not.toContain("Row 52,");
    expect(html).toContain("…and 12 more problems not shown.");
  });

  it("disables Cancel while writing and says why", () => {
    const html = render(<WorkProgress onCancel={jest.fn()} progress={{ label: "Writing Opportunities (table 1 of 3)", done: 10, total: 40, unit: "rows", cancellable: false }} />);
    expect(text(html)).toContain("10 of 40 rows");
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Cancel<\/button>/);
    expect(text(html)).toContain("Writing can't be stopped part way");
  });

  it("counts characters, rows and tables", () => {
    expect(progressCounts({ done: 300 * 1024, total: 3 * 1024 * 1024, unit: "characters" })).toBe("300 KB of 3.0 MB");
    expect(progressCounts({ done: 1, total: 1, unit: "rows" })).toBe("1 of 1 row");
    expect(progressCounts({ done: 1, total: 7, unit: "tables" })).toBe("table 2 of 7");
  });

  it("says what an import wrote and what a failed one put back, with what to do", () => {
    const imported = importedMessage({
      sourceName: "deals.csv",
      tables: [
        { sheetName: "Opportunities", tableName: "Opportunities", rows: 3 },
        { sheetName: "Accounts", tableName: "Accounts", rows: 3 },
        { sheetName: "Reps", tableName: "Reps", rows: 2 },
      ],
      rejectedRows: 2,
      newStages: [],
      refreshed: { dataSet: {} as DataSet, issues: [], tables: [] },
      refreshError: null,
    });
    expect(imported).toMatchObject({ intent: "success", title: "Imported 3 opportunities from deals.csv" });
    expect(imported.body).toContain("Opportunities, Accounts and Reps were replaced; 2 rejected rows were left out.");
    const failed = importFailedMessage(new ImportWriteError("Reps", ["Opportunities", "Accounts"], [], Object.assign(new Error("The workbook is protected"), { code: "AccessDenied" })));
    expect(failed.title).toBe("Import stopped at the Reps table");
    expect(failed.body).toContain("Excel said: The workbook is protected. Opportunities and Accounts were put back as they were, so the workbook is unchanged.");
    expect(failed.body).toContain("unprotect it");
    const stuck = importFailedMessage(new ImportWriteError("Reps", [], ["Opportunities"], new Error("Lost connection")));
    expect(stuck.body).toContain("Opportunities still holds the imported rows");
  });

  it("says when there is nothing to refresh", () => {
    const message = refreshedMessage({ dataSet: {} as DataSet, issues: [{ code: "missing_table", path: ["Opportunities"], message: "The workbook has no Opportunities table. Load sample data or import first." }], tables: [] });
    expect(message).toMatchObject({ intent: "warning", title: "No data to refresh" });
  });
});
