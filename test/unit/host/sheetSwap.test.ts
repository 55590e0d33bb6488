/** What a staged table replacement relies on: sheet rename, position, visibility and delete, table rename. */
import { createExcelHost, ExcelHost } from "../../host";

async function workbookWith(names: string[]): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    for (const name of names) context.workbook.worksheets.add(name);
    await context.sync();
  });
  return host;
}

async function tableOn(host: ExcelHost, sheet: string, name: string): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.getRange("A1:B2").values = [["id", "v"], ["x", 1]];
    ws.tables.add("A1:B2", true).name = name;
    await context.sync();
  });
}

const visibility = (host: ExcelHost) => host.model.sheets.map((s) => `${s.name}:${s.visibility}`);

describe("worksheet name, position, visibility and delete, as Excel applies them", () => {
  it.each([
    ["32 characters", "y".repeat(32), "InvalidArgument"],
    ["a forbidden character", "Q1/Q2", "InvalidArgument"],
    ["a trailing apostrophe", "Data'", "InvalidArgument"],
    ["History", "history", "InvalidArgument"],
    ["another sheet's name in another case", "SHEET1", "ItemAlreadyExists"],
  ])("refuses a rename to %s", async (_label, name, code) => {
    const host = await workbookWith(["Data"]);
    await expect(host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = name;
      await context.sync();
    })).rejects.toMatchObject({ code });
    expect(host.sheetNames()).toEqual(["Sheet1", "Data"]);
  });

  it("renames a sheet to its own name in another case, and to a name freed earlier in the same request", async () => {
    const host = await workbookWith(["Data", "Staging"]);
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Data").name = "DATA";
      await context.sync();
      sheets.getItem("DATA").delete();
      sheets.getItem("Staging").name = "Data";
      await context.sync();
    });
    expect(host.sheetNames()).toEqual(["Sheet1", "Data"]);
  });

  it("moves a sheet to a 0-based position among all sheets, hidden ones included, and refuses one past the end", async () => {
    const host = await workbookWith(["A", "B", "C"]);
    const position = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("A").visibility = "Hidden";
      const c = sheets.getItem("C");
      c.position = 1;
      c.load("position");
      await context.sync();
      return c.position;
    });
    expect(position).toBe(1);
    expect(host.sheetNames()).toEqual(["Sheet1", "C", "A", "B"]);
    await expect(host.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 4;
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("hides and shows sheets, keeps one visible, and moves the focus off a sheet it hides", async () => {
    const host = await workbookWith(["Data"]);
    const active = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Data").activate();
      sheets.getItem("Data").visibility = "Hidden";
      const now = sheets.getActiveWorksheet().load("name");
      await context.sync();
      return now.name;
    });
    expect(active).toBe("Sheet1");
    await expect(host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").visibility = "VeryHidden";
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidOperation" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").visibility = "Visible";
    });
    expect(visibility(host)).toEqual(["Sheet1:Visible", "Data:Visible"]);
  });

  it("deletes a hidden sheet but not a very hidden one (Excel's documented rule)", async () => {
    const host = await workbookWith(["Hidden", "Deep"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Hidden").visibility = "Hidden";
      context.workbook.worksheets.getItem("Deep").visibility = "VeryHidden";
    });
    await host.run(async (context) => context.workbook.worksheets.getItem("Hidden").delete());
    await expect(host.run(async (context) => {
      context.workbook.worksheets.getItem("Deep").delete();
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.sheetNames()).toEqual(["Sheet1", "Deep"]);
  });

  it("deletes a sheet's tables with it, freeing their names for a table added in the same request", async () => {
    const host = await workbookWith(["Old", "New"]);
    await tableOn(host, "Old", "Reps");
    await host.run(async (context) => {
      const newSheet = context.workbook.worksheets.getItem("New");
      newSheet.getRange("A1:B2").values = [["id", "v"], ["y", 2]];
      const table = newSheet.tables.add("A1:B2", true);
      table.name = "Staged";
      context.workbook.worksheets.getItem("Old").delete();
      table.name = "Reps";
      const count = context.workbook.tables.load("count");
      await context.sync();
      expect(count.count).toBe(1);
    });
    expect(host.tables()).toEqual([{ name: "Reps", sheet: "New", address: "New!A1:B2", style: "TableStyleMedium2" }]);
  });
});

describe("table rename", () => {
  /** Sheet1 holds table Reps, Data holds table Staged, and the workbook has the defined name Rate. */
  async function twoTables(): Promise<ExcelHost> {
    const host = await workbookWith(["Data"]);
    await tableOn(host, "Sheet1", "Reps");
    await tableOn(host, "Data", "Staged");
    await host.run(async (context) => {
      context.workbook.names.add("Rate", "=0.25");
    });
    return host;
  }
  const renameStaged = (host: ExcelHost, name: string) =>
    host.run(async (context) => {
      context.workbook.tables.getItem("Staged").name = name;
      await context.sync();
    });

  it.each([
    ["REPS", "ItemAlreadyExists"],
    ["rate", "ItemAlreadyExists"],
    ["R1C1", "InvalidArgument"],
    ["1st", "InvalidArgument"],
    ["A1", "InvalidArgument"],
  ])("refuses %s (%s): names are unique across tables and defined names, ignoring case, and never cell references", async (name, code) => {
    const host = await twoTables();
    await expect(renameStaged(host, name)).rejects.toMatchObject({ code });
    expect(host.tables().map((t) => t.name)).toEqual(["Reps", "Staged"]);
  });

  it("renames a table to its own name in another case", async () => {
    const host = await twoTables();
    await renameStaged(host, "STAGED");
    expect(host.tables().map((t) => t.name)).toEqual(["Reps", "STAGED"]);
  });

  it("lists defined names as collection items", async () => {
    const host = createExcelHost();
    const names = await host.run(async (context) => {
      context.workbook.names.add("Rate", "=0.25");
      const items = context.workbook.names.load("items/name");
      await context.sync();
      return items.items.map((item) => item.name);
    });
    expect(names).toEqual(["Rate"]);
  });
});

describe("failSync: injected request failures", () => {
  const write = (host: ExcelHost, cell: string, value: string) =>
    host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange(cell);
      range.values = [[value]];
      range.format.font.bold = true;
      await context.sync();
    });

  it("loses a whole request by default: nothing applies and the sync records the error", async () => {
    const host = createExcelHost();
    host.failSync(2);
    await write(host, "A1", "first");
    await expect(write(host, "A2", "second")).rejects.toMatchObject({ code: "ConnectionFailure", name: "RichApi.Error" });
    await write(host, "A3", "third");
    expect(host.values("Sheet1")).toEqual([["first"], [""], ["third"]]);
    expect(host.cell("Sheet1", "A2")).toBeUndefined();
    expect(host.syncs().map((s) => s.error)).toEqual([null, "ConnectionFailure", null]);
  });

  it("applies the first afterActions actions, in order, then fails with the given code", async () => {
    const host = createExcelHost();
    host.failSync(1, { afterActions: 1, code: "GeneralException" });
    await expect(write(host, "B2", "half")).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.cell("Sheet1", "B2")?.value).toBe("half");
    expect(host.cell("Sheet1", "B2")?.bold).toBeUndefined();
  });

  it("models a lost response: every action applied, yet the sync rejects and loads stay unread", async () => {
    const host = createExcelHost();
    host.failSync(1, { afterActions: Number.MAX_SAFE_INTEGER });
    let loaded: Excel.Worksheet | null = null;
    await expect(host.run(async (context) => {
      context.workbook.worksheets.add("Made");
      loaded = context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
    })).rejects.toMatchObject({ code: "ConnectionFailure" });
    expect(host.sheetNames()).toEqual(["Sheet1", "Made"]);
    expect(() => (loaded as unknown as Excel.Worksheet).name).toThrow(/not available/);
  });
});
