import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance, paneTheme } from "../../../src/taskpane/officeTheme";

const office = (body: string, text: string) => ({ bodyBackgroundColor: body, bodyForegroundColor: text, controlBackgroundColor: body, controlForegroundColor: text });

describe("paneTheme", () => {
  it("is the light web theme outside Office", () => {
    expect(paneTheme(undefined)).toBe(webLightTheme);
    expect(paneTheme(null)).toBe(webLightTheme);
  });

  it("follows Office's dark theme and takes its body colours", () => {
    const theme = paneTheme(office("#262626", "#FFFFFF"));
    expect(theme.colorNeutralBackground2).toBe(webDarkTheme.colorNeutralBackground2);
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#FFFFFF");
  });

  it("follows Office's light themes, with or without a # on the colours", () => {
    const theme = paneTheme(office("F3F2F1", "201F1E"));
    expect(theme.colorNeutralBackground2).toBe(webLightTheme.colorNeutralBackground2);
    expect(theme.colorNeutralBackground1).toBe("#F3F2F1");
  });

  it("ignores colours it can't read or that are too close to read text on", () => {
    expect(paneTheme(office("transparent", "#000000"))).toBe(webLightTheme);
    expect(paneTheme(office("#BBBBBB", "#CCCCCC"))).toBe(webLightTheme);
    expect(paneTheme(office("#333333", "#444444"))).toBe(webDarkTheme);
  });

  it("uses the high-contrast theme when the system forces its colours, whatever Office reports", () => {
    expect(paneTheme(office("#FFFFFF", "#000000"), true)).toBe(teamsHighContrastTheme);
    expect(paneTheme(null, true)).toBe(teamsHighContrastTheme);
  });

  it("computes WCAG luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1, 10);
    expect(luminance("red")).toBeNull();
  });
});
