import type { ForecastCategory } from "../../model/stageMap";
import type { DateOrder, DecimalSeparator, ImportField } from "../importTypes";

/**
 * How a foreign stage enters our model: `stage` is the name written to opportunities.csv (one of the
 * stage map's when it has an equivalent, else the source's own name kept as text) with its category.
 */
export interface StageRule {
  stage: string;
  category: ForecastCategory;
  /** The stage's default win probability, for the stage-map entry a kept foreign stage gets. */
  probability?: number;
}

/** Whether a row is still open, won or lost, for CRMs that keep that apart from the stage (Dynamics' Status). */
export type DealStatus = "open" | "won" | "lost";

/** A mapping preset: how one export layout's headers and values map onto opportunities. */
export interface ImportPreset {
  name: string;
  label: string;
  /** Each field's header in this layout, most preferred first; matched ignoring case, spaces and punctuation. */
  columns: Partial<Record<ImportField, readonly string[]>>;
  /** Foreign stage values (matched like headers) and what they become. */
  stages: Readonly<Record<string, StageRule>>;
  statuses: Readonly<Record<string, DealStatus>>;
  dateOrder: DateOrder;
  decimal: DecimalSeparator;
  /** How the fields the layout lacks are filled: shown by `salesops import --help`. */
  derivations: readonly string[];
}

/** Field derivations every preset shares (applied by the row reader whatever the layout). */
export const COMMON_DERIVATIONS: readonly string[] = [
  "currency: the currency column, else the symbol or code in the amount, else --currency, else the settings' corporate currency",
  "forecast category: the source's forecast category column, else the stage map's category for the stage",
  "created date: the close date when the source has none (noted in the summary)",
];
