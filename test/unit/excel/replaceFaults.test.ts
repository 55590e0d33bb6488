/**
 * A replacement's final request fails at every one of its operations in turn: until the previous
 * table is removed the workbook is exactly as before; after that the new rows are never lost.
 * Plus the corners of staging: names in use, the only visible sheet, charts, a table that moves.
 */
import { createExcelHost, ExcelHost } from "../../host";
import { TableToWrite, WorkbookConflictError, writeTables } from "../../../src/excel";
import { stagingSheets, workbookSnapshot } from "./support/workbookSnapshot";

const oldReps = { sheetName: "Reps", tableName: "Reps", rows: [["id", "name"], ["R1", "Ada"], ["R2", "Grace"]] };
const newReps = { ...oldReps, rows: [["id", "name", "region"], ["R1", "Ada", "EMEA"], ["R3", "Linus", "APAC"], ["R4", "Barbara", "NA"]] };
const write = (host: ExcelHost, table: TableToWrite) => host.run((context) => writeTables(context, [table]));

/** Sheet1 (user data), Reps (our table, active), Notes (user data). */
async function workbookWithReps(): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["keep", 1], ["me", 2]];
  });
  await write(host, oldReps);
  await host.run(async (context) => {
    context.workbook.worksheets.add("Notes").getRange("A1").values = [["note"]];
    context.workbook.worksheets.getItem("Reps").activate();
  });
  host.resetStats();
  return host;
}

/** Whether some table holds exactly these rows (under whatever names a cut-short swap left). */
const holdsRows = (host: ExcelHost, rows: string[][]) =>
  host.tables().some((table) => JSON.stringify(host.values(table.sheet, table.address.slice(table.address.indexOf("!") + 1))) === JSON.stringify(rows));

describe("a replacement's final request, failing at each operation", () => {
  // Syncs 1-2 inspect, 3 writes the only chunk, 4 creates the table and swaps it in.
  const FINAL_SYNC = 4;
  /** Sheet ids aside (a swapped-in sheet is a new sheet), the state a successful replacement leaves. */
  const shape = (host: ExcelHost) => {
    const snapshot = workbookSnapshot(host);
    return { ...snapshot, sheets: snapshot.sheets.map((sheet) => ({ ...sheet, id: "" })) };
  };

  it.each([
    // A swap: after the old sheet's removal come its rename, move, the table's rename and the focus.
    ["on the same sheet (swap)", newReps, 4],
    // A move: after the old table's removal come the clearing of its block and the new table's rename.
    ["to another sheet (move)", { ...newReps, sheetName: "People" }, 2],
  ])("replacing a table %s: the previous table stays whole until its removal; after it, recovery finishes", async (_label, table, stepsAfterRemoval) => {
    const reference = await workbookWithReps();
    await write(reference, table);
    const success = shape(reference);
    const actions = reference.syncs()[FINAL_SYNC - 1].actions;

    const outcomes: string[] = [];
    for (let applied = 0; applied <= actions; applied++) {
      const host = await workbookWithReps();
      const before = workbookSnapshot(host);
      host.failSync(FINAL_SYNC, { afterActions: applied });
      await expect(write(host, table)).rejects.toMatchObject({ code: "ConnectionFailure" });
      if (host.tables().some((t) => t.name === "Reps" && holdsRows(host, oldReps.rows))) {
        // Undone: the workbook is exactly as before, and a retry succeeds as if nothing happened.
        expect(workbookSnapshot(host)).toEqual(before);
        expect(stagingSheets(host)).toEqual([]);
        outcomes.push("undone");
        await write(host, table);
      } else {
        outcomes.push("finished");
      }
      expect(shape(host)).toEqual(success);
    }
    const removalCut = outcomes.indexOf("finished");
    // Creating, naming, styling (and for a swap showing) the table all come before the removal,
    expect(removalCut).toBeGreaterThanOrEqual(6);
    // and only renames, moves and focus come after it.
    expect(actions - removalCut).toBe(stepsAfterRemoval);
    expect(outcomes.slice(removalCut).every((o) => o === "finished")).toBe(true);
  });

  it("keeps the finished table when only the response is lost (everything applied)", async () => {
    const reference = await workbookWithReps();
    await write(reference, newReps);
    const host = await workbookWithReps();
    host.failSync(FINAL_SYNC, { afterActions: Number.MAX_SAFE_INTEGER });
    await expect(write(host, newReps)).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(shape(host)).toEqual(shape(reference));
  });

  it("when recovery's requests fail too, past the removal the new rows are still kept", async () => {
    const host = await workbookWithReps();
    // Cut right after the old sheet's removal, then lose both recovery requests.
    const reference = await workbookWithReps();
    await write(reference, newReps);
    const removal = reference.syncs()[FINAL_SYNC - 1].actions - 4;
    host.failSync(FINAL_SYNC, { afterActions: removal });
    host.failSync(FINAL_SYNC + 1);
    await expect(write(host, newReps)).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(holdsRows(host, newReps.rows)).toBe(true);
    expect(host.sheetNames()).toEqual(["Sheet1", "Notes", "SalesOps staging 1"]);
  });
});

describe("staging corners", () => {
  it("picks staging names nobody uses, and recovery never touches the user's look-alike sheet", async () => {
    const host = await workbookWithReps();
    await host.run(async (context) => {
      context.workbook.worksheets.add("salesops STAGING 1").getRange("A1").values = [["mine"]];
      context.workbook.names.add("SalesOps_staging_1", "=1");
    });
    const before = workbookSnapshot(host);
    host.failSync(4);
    await expect(write(host, newReps)).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(workbookSnapshot(host)).toEqual(before);
    await write(host, newReps);
    expect(host.sheetNames()).toEqual(["Sheet1", "Reps", "Notes", "salesops STAGING 1"]);
    expect(host.values("salesops STAGING 1")).toEqual([["mine"]]);
    expect(host.values("Reps")).toEqual(newReps.rows);
  });

  it("replaces a table whose sheet is the only visible one", async () => {
    const host = createExcelHost();
    await write(host, oldReps);
    await host.run(async (context) => context.workbook.worksheets.getItem("Sheet1").delete());
    await write(host, newReps);
    expect(host.sheetNames()).toEqual(["Reps"]);
    expect(host.model.sheets[0].visibility).toBe("Visible");
    expect(host.values("Reps")).toEqual(newReps.rows);
  });

  it.each(["Hidden", "VeryHidden"] as const)("keeps a %s table sheet as the user left it, on failure and on success", async (visibility) => {
    const host = await workbookWithReps();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Reps").visibility = visibility;
    });
    const before = workbookSnapshot(host);
    // Cut the final request just before the old sheet's deletion (a very hidden one is first made deletable).
    host.failSync(4, { afterActions: visibility === "VeryHidden" ? 9 : 8 });
    await expect(write(host, newReps)).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(workbookSnapshot(host)).toEqual(before);
    await write(host, newReps);
    expect(host.model.sheets.map((s) => `${s.name}:${s.visibility}`)).toEqual(["Sheet1:Visible", `Reps:${visibility}`, "Notes:Visible"]);
    expect(host.values("Reps")).toEqual(newReps.rows);
  });

  it("refuses to replace a table whose sheet also holds a chart, which the swap would delete", async () => {
    const host = await workbookWithReps();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Reps");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"));
    });
    const before = workbookSnapshot(host);
    await expect(write(host, newReps)).rejects.toBeInstanceOf(WorkbookConflictError);
    expect(workbookSnapshot(host)).toEqual(before);
    expect(host.charts("Reps")).toHaveLength(1);
  });

  it("moves a table to another sheet only once the new one is complete", async () => {
    const host = await workbookWithReps();
    const before = workbookSnapshot(host);
    const moved = { ...newReps, sheetName: "People" };
    // Sync 4 is the final request: it creates the table (rows are on People already), then removes the old one.
    host.failSync(4, { afterActions: 3 });
    await expect(write(host, moved)).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(workbookSnapshot(host)).toEqual(before);
    await write(host, moved);
    expect(host.tables().map((t) => t.address)).toEqual(["People!A1:C4"]);
    expect(host.usedAddress("Reps")).toBeNull();
    expect(host.values("People")).toEqual(newReps.rows);
  });
});
