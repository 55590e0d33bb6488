import { createExcelHost } from "../../host";

async function addSheet(name: string) {
  const host = createExcelHost();
  await host.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
  return host;
}

describe("worksheets follow Excel's name rules", () => {
  it.each([
    ["32 characters", "x".repeat(32)],
    ["a [", "Q[1]"],
    ["a colon", "a:b"],
    ["an asterisk", "a*b"],
    ["a question mark", "why?"],
    ["a slash", "a/b"],
    ["a backslash", "a\\b"],
    ["a blank name", "   "],
    ["a leading apostrophe", "'quoted"],
    ["a trailing apostrophe", "quoted'"],
  ])("refuses %s with InvalidArgument", async (_label, name) => {
    await expect(addSheet(name)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("accepts 31 characters and punctuation Excel allows", async () => {
    const host = await addSheet(`${"x".repeat(26)} (Q4)`);
    expect(host.sheetNames()).toEqual(["Sheet1", "xxxxxxxxxxxxxxxxxxxxxxxxxx (Q4)"]);
  });

  it("refuses a name already used, ignoring case, also on rename", async () => {
    await expect(addSheet("SHEET1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const host = await addSheet("Data");
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("data").name = "sheet1";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("adds, renames, moves, hides, activates and deletes sheets", async () => {
    const host = createExcelHost();
    const result = await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const data = sheets.add("Data");
      sheets.add("Notes");
      data.position = 0;
      data.name = "Pipeline";
      sheets.getItem("Notes").visibility = "Hidden";
      data.activate();
      sheets.getItem("Sheet1").delete();
      const active = sheets.getActiveWorksheet().load("name,position");
      await context.sync();
      return { name: active.name, position: active.position };
    });
    expect(result).toEqual({ name: "Pipeline", position: 0 });
    expect(host.sheetNames()).toEqual(["Pipeline", "Notes"]);
    expect(host.model.sheets[1].visibility).toBe("Hidden");
  });

  it("keeps the last visible sheet", async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("stores custom properties, overwriting a key given again in another case", async () => {
    const host = createExcelHost();
    const value = await host.run(async (context) => {
      const props = context.workbook.worksheets.getItem("Sheet1").customProperties;
      props.add("salesops.kind", "pipeline");
      props.add("SalesOps.Kind", "forecast");
      const missing = props.getItemOrNullObject("other");
      const item = props.getItem("salesops.kind").load("value");
      await context.sync();
      return { value: item.value, missing: missing.isNullObject };
    });
    expect(value).toEqual({ value: "forecast", missing: true });
    expect(host.customProperties("Sheet1")).toEqual({ "salesops.kind": "forecast" });
  });
});
