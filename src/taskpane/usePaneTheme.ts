import type { Theme } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { OfficeThemeColors, paneTheme } from "./officeTheme";

const FORCED_COLORS = "(forced-colors: active)";

function forcedColorsQuery(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(FORCED_COLORS) : null;
}

function subscribe(onChange: () => void): () => void {
  const query = forcedColorsQuery();
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

const forcedColors = () => forcedColorsQuery()?.matches ?? false;

/**
 * The pane's theme from Office's colours, switching to high contrast and back while the pane is open
 * when the user turns the system's high-contrast mode on or off.
 */
export function usePaneTheme(officeColors: OfficeThemeColors | null | undefined): Theme {
  const forced = useSyncExternalStore(subscribe, forcedColors, () => false);
  return paneTheme(officeColors, forced);
}
