import { LoadSampleDataError } from "../../../src/app/loadSampleData";
import { loadedMessage, loadFailedMessage, progressLabel, progressRows } from "../../../src/taskpane/state/messages";

describe("pane messages", () => {
  it("counts tables and rows while loading", () => {
    const progress = { table: 2, tables: 7, tableName: "Accounts", rowsDone: 12345, rowsTotal: 41234 };
    expect(progressLabel(progress)).toBe("Writing Accounts (table 2 of 7)");
    expect(progressRows(progress)).toBe("12,345 of 41,234 rows");
  });

  it("lists each table written on success", () => {
    const message = loadedMessage({
      tables: [
        { sheetName: "Opportunities", tableName: "Opportunities", rows: 12000 },
        { sheetName: "Territories", tableName: "Territories", rows: 1 },
      ],
      rows: 12001,
    });
    expect(message).toEqual({
      intent: "success",
      title: "Sample data loaded",
      body: "2 tables and 12,001 rows, one sheet per table.",
      details: ["Opportunities: 12,000 rows", "Territories: 1 row"],
    });
  });

  it("says where a load stopped, what Excel said and what to do", () => {
    const cause = Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" });
    const error = new LoadSampleDataError("Reps", [{ sheetName: "Opportunities", tableName: "Opportunities", rows: 10 }], cause);
    const message = loadFailedMessage(error);
    expect(message.intent).toBe("error");
    expect(message.title).toBe("Sample data stopped at the Reps table");
    expect(message.body).toBe(
      "Excel said: The workbook is protected. Opportunities was written; loading again replaces it. " +
        "The workbook or a sheet is protected or read-only: unprotect it (Review > Unprotect) or save a copy you can edit, then try again.",
    );
  });

  it("tells the user to move a sheet that is in the sample data's way", () => {
    const cause = Object.assign(new Error("The sheet Reps holds data that is not the Reps table"), { code: "SHEET_HAS_OTHER_DATA" });
    const message = loadFailedMessage(new LoadSampleDataError("Reps", [], cause));
    expect(message.body).toBe("Excel said: The sheet Reps holds data that is not the Reps table. Rename or delete that sheet (the add-in needs its name for its table), then try again.");
  });

  it("falls back to a general hint for errors without an Office code", () => {
    const message = loadFailedMessage(new Error("Network down"));
    expect(message.title).toBe("Sample data could not be loaded");
    expect(message.body).toMatch(/^Network down\. Check that no cell is being edited/);
    expect(loadFailedMessage("odd").body).toMatch(/^odd\. /);
  });
});
