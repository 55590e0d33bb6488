/*
 * What a test can ask of the Excel that the built pane is made to believe it runs in (see
 * officeShim.ts, which reads these in the page, and support/openPaneInExcel.ts, which passes them).
 * Plain data only: the options cross into the page as JSON.
 */

/** A cell as a test writes it: what `range.values` takes (strings are read like typed entry). */
export type SeedCell = string | number | boolean | null;

/** `Office.context.officeTheme` (the colours are #rrggbb). */
export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** A workbook to start from: written through the host's own API before `Office.onReady` resolves, then the sync counts are reset. */
export interface WorkbookSeed {
  /** Each on its own sheet (named like the table unless `sheet` says otherwise), header row first, at A1. */
  tables?: { name: string; sheet?: string; rows: SeedCell[][] }[];
  /** Workbook.settings by key (values as `Setting.value` takes them). */
  settings?: Record<string, unknown>;
}

export interface InExcelOptions {
  /**
   * The requirement sets this "Excel" supports, by name with the highest version (e.g. `{ ExcelApi: "1.11" }`
   * to stand for an Excel older than ExcelApi 1.12). Replaces the default list (DEFAULT_REQUIREMENT_SETS) entirely.
   */
  requirementSets?: Record<string, string>;
  /** `Office.context.officeTheme`; the light theme's colours by default (LIGHT_OFFICE_THEME). */
  officeTheme?: OfficeThemeColors;
  /** `Office.context.displayLanguage` and `contentLanguage`; "en-US" by default. */
  displayLanguage?: string;
  /** What `Office.onReady` reports and `Office.context.platform` holds; "OfficeOnline" by default. */
  platform?: "OfficeOnline" | "PC" | "Mac";
  seed?: WorkbookSeed;
  /** The host treats non-numeric "+…", "-…", "@…" as formulas (default true, as the host does). */
  legacyFormulaPrefixes?: boolean;
}

/**
 * Requirement sets of a current Excel on the web (Microsoft 365), enough for what this add-in checks
 * (ExcelApi 1.12 for the workbook writer) and declares in its manifest (shared runtime, custom functions).
 */
export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.17",
  ExcelApiOnline: "1.1",
  CustomFunctionsRuntime: "1.4",
  SharedRuntime: "1.1",
  AddinCommands: "1.1",
  RibbonApi: "1.1",
  DialogApi: "1.2",
};

/** The colours Office reports for its light (white) theme. */
export const LIGHT_OFFICE_THEME: OfficeThemeColors = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

/** The colours Office reports for its black theme. */
export const DARK_OFFICE_THEME: OfficeThemeColors = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#3B3B3B",
  controlForegroundColor: "#FFFFFF",
};

/** The name of the page global that holds the options (set by an init script, read by the shim). */
export const OPTIONS_GLOBAL = "__excelHostOptions";
/** The name of the page global through which tests reach the host (an InExcelPageApi). */
export const HOST_GLOBAL = "__excelHost";
