import { teamsHighContrastTheme, Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The colours Office reports for its current theme (`Office.context.officeTheme`). */
export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** Relative luminance (WCAG) of a #rrggbb colour, or null when it is not one. */
export function luminance(color: string): number | null {
  const match = HEX.exec(color.trim());
  if (!match) return null;
  const channel = (offset: number) => {
    const c = parseInt(match[1].slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

const withHash = (color: string) => (color.startsWith("#") ? color : `#${color}`);

/**
 * The Fluent theme that matches Office: the light or dark web theme picked by Office's body
 * background, with the pane's background and text set to Office's own colours so the pane
 * blends into the ribbon theme. Without Office colours (a browser, an old host) it is webLightTheme.
 * When the system forces its own colours (Windows high contrast, `forced-colors: active`), Office
 * follows the system and so does the pane, with Fluent's high-contrast theme whatever Office reports.
 * @example paneTheme({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", … }) // dark
 * @example paneTheme(officeColors, true) // teamsHighContrastTheme
 */
export function paneTheme(colors?: OfficeThemeColors | null, forcedColors = false): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  const background = colors ? luminance(colors.bodyBackgroundColor) : null;
  const foreground = colors ? luminance(colors.bodyForegroundColor) : null;
  if (!colors || background === null || foreground === null) return webLightTheme;
  const base = background < 0.4 ? webDarkTheme : webLightTheme;
  // Only take Office's pair when it is readable; otherwise the base theme's own pair is safer.
  const contrast = (Math.max(background, foreground) + 0.05) / (Math.min(background, foreground) + 0.05);
  if (contrast < 4.5) return base;
  return {
    ...base,
    colorNeutralBackground1: withHash(colors.bodyBackgroundColor),
    colorNeutralForeground1: withHash(colors.bodyForegroundColor),
  };
}
