/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- a ClientResult has no load(): its value is read after the sync that carries the call (the rule does not know ClientResult), and one test reads it too early on purpose */
/** The in-memory host's Range.getCellProperties, which the template reader depends on. */
import { createExcelHost } from "../../host";

async function styledHost() {
  const host = createExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [["a", "b"], ["c", "d"]];
    const a1 = sheet.getRange("A1");
    a1.format.font.bold = true;
    a1.format.font.color = "#1F3864";
    a1.format.font.size = 14;
    a1.format.fill.color = "#DDEBF7";
    a1.format.horizontalAlignment = "Center";
    a1.format.wrapText = true;
    const b2 = sheet.getRange("B2");
    b2.format.indentLevel = 2;
    b2.format.font.italic = true;
    b2.format.borders.getItem("EdgeTop").style = "Continuous";
    b2.format.borders.getItem("EdgeBottom").weight = "Medium";
    await context.sync();
  });
  return host;
}

describe("the host's Range.getCellProperties", () => {
  it("returns a rows × columns array of each cell's requested properties, Excel's defaults for unformatted cells", async () => {
    const host = await styledHost();
    const properties = await host.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getCellProperties({
        address: true,
        format: { font: { bold: true, italic: true, color: true, size: true }, fill: { color: true, pattern: true }, horizontalAlignment: true, wrapText: true, indentLevel: true },
      });
      await context.sync();
      return result.value;
    });
    expect(properties).toHaveLength(2);
    expect(properties[0]).toHaveLength(2);
    expect(properties[0][0]).toEqual({
      address: "Sheet1!A1",
      format: { font: { bold: true, italic: false, color: "#1F3864", size: 14 }, fill: { color: "#DDEBF7", pattern: "Solid" }, horizontalAlignment: "Center", wrapText: true, indentLevel: 0 },
    });
    expect(properties[0][1]).toEqual({
      address: "Sheet1!B1",
      format: { font: { bold: false, italic: false, color: "#000000", size: 11 }, fill: { color: "#FFFFFF", pattern: "None" }, horizontalAlignment: "General", wrapText: false, indentLevel: 0 },
    });
    expect(properties[1][1].format?.indentLevel).toBe(2);
  });

  it("gives only what the options ask for, leaving out properties set to false", async () => {
    const host = await styledHost();
    const properties = await host.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").getRange("A1").getCellProperties({ address: false, format: { font: { bold: true } } });
      await context.sync();
      return result.value;
    });
    expect(properties).toEqual([[{ format: { font: { bold: true } } }]]);
  });

  it("reports each cell's edge borders", async () => {
    const host = await styledHost();
    const properties = await host.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").getRange("B2").getCellProperties({ format: { borders: { style: true, weight: true } } });
      await context.sync();
      return result.value;
    });
    expect(properties[0][0].format?.borders).toEqual({
      top: { style: "Continuous", weight: "Thin" },
      bottom: { style: "Continuous", weight: "Medium" },
      left: { style: "None", weight: "Thin" },
      right: { style: "None", weight: "Thin" },
    });
  });

  it("throws ValueNotLoaded when the value is read before the sync", async () => {
    const host = await styledHost();
    await host.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").getRange("A1").getCellProperties({ format: { font: { bold: true } } });
      expect(() => result.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(result.value[0][0].format?.font?.bold).toBe(true);
    });
  });

  it("is one action of the request and counts its response bytes", async () => {
    const host = await styledHost();
    host.resetStats();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getCellProperties({ format: { font: { bold: true } } });
      await context.sync();
    });
    expect(host.syncCount()).toBe(1);
    expect(host.syncs()[0].responseBytes).toBe(JSON.stringify([[{ format: { font: { bold: true } } }, { format: { font: { bold: false } } }], [{ format: { font: { bold: false } } }, { format: { font: { bold: false } } }]]).length);
  });

  it("refuses options it does not implement instead of inventing values", async () => {
    const host = await styledHost();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getCellProperties({ hidden: true });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });
});
