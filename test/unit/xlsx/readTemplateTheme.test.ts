import ExcelJS from "exceljs";
import { applyTint, resolveColor, themePalette } from "../../../src/xlsx/readTemplateTheme";
import { characterWidth } from "../../../src/xlsx/readTemplateSettings";
import { storedColumnWidth } from "../../../src/workbook/columnWidth";

describe("template colours and widths from .xlsx", () => {
  it("applies Excel's tints to theme colours (the values Excel's palette shows)", () => {
    expect(applyTint("4472C4", 0.4)).toBe("8FAADC"); // Accent 1, lighter 40%
    expect(applyTint("4472C4", 0.6)).toBe("B4C7E7"); // lighter 60%
    expect(applyTint("ED7D31", -0.25)).toBe("C55A11"); // Accent 2, darker 25%
    expect(applyTint("ED7D31", -0.5)).toBe("843C0B"); // darker 50%
    expect(applyTint("FFFFFF", -0.05)).toBe("F2F2F2"); // Background 1, darker 5%
    expect(applyTint("a5a5a5", 0)).toBe("A5A5A5");
  });

  it("uses the Office theme when a workbook carries none, mapping index 0 and 1 to background and text", () => {
    const palette = themePalette(new ExcelJS.Workbook());
    expect(palette.slice(0, 5)).toEqual(["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4"]);
    expect(resolveColor({ theme: 1 }, palette)).toBe("#000000");
    expect(resolveColor({ theme: 4, tint: 0.4 }, palette)).toBe("#8FAADC");
  });

  it("reads ARGB colours and leaves legacy palette indexes unresolved", () => {
    expect(resolveColor({ argb: "FF1f3864" }, [])).toBe("#1F3864");
    expect(resolveColor({ indexed: 64 }, [])).toBeNull();
    expect(resolveColor(undefined, [])).toBeNull();
  });

  it("turns a stored column width back into the characters the description takes", () => {
    for (const characters of [8.43, 10, 24, 70]) expect(characterWidth(storedColumnWidth(characters))).toBe(characters);
  });
});
