/*
 * What the Settings view says about the stored settings and a save: what happened and what to do
 * next. Kept out of the components so the words are tested directly.
 */
import type { LoadedSettings, SavedSettings } from "../../../app/settingsWorkbook";
import type { SettingsField } from "../../../app/settingsWorkbookChecks";
import type { Issue } from "../../../core/model/result";
import type { Settings } from "../../../core/model/settings";
import type { StageDefinition } from "../../../core/model/stageMap";
import { messageOf, officeHint, type StatusMessage } from "../../state/messages";
import { MONTHS } from "./fiscalPreview";

/** Past this many, the problems are counted rather than listed: the bar must stay readable in a narrow pane. */
const LISTED = 6;

const listed = (issues: readonly Issue[]) => [...issues.slice(0, LISTED).map((issue) => issue.message), ...(issues.length > LISTED ? [`…and ${issues.length - LISTED} more.`] : [])];

/**
 * Settings are applied when a view reads the workbook's tables, so a view opened before the save
 * shows figures read with the previous ones until it reads again.
 */
export const REFRESH_ADVICE = "Views already showing figures used the previous settings: choose Refresh in Forecast and Territories, Calculate in Commissions, and generate reports again.";

/** The stored settings are not in force (invalid, or unreadable), or the recalculation at start failed; null when all is well. */
export function loadedMessage(loaded: LoadedSettings): StatusMessage | null {
  if (loaded.issues.length === 0) return null;
  if (loaded.source === "invalid") {
    return {
      intent: "warning",
      title: "The settings saved in this workbook could not be used",
      body: "The defaults are in force and shown below. Correct them if needed and choose Save to replace the stored settings; until then nothing stored is changed.",
      details: listed(loaded.issues),
    };
  }
  if (loaded.source === "unreadable") return { intent: "error", title: "The workbook's settings could not be read", body: loaded.issues.map((issue) => issue.message).join(" ") };
  return { intent: "warning", title: "Settings loaded, but formulas were not recalculated", body: loaded.issues.map((issue) => issue.message).join(" ") };
}

/** Shown while the form has problems: Save stays off until they are fixed. */
export function invalidFormMessage(issues: readonly Issue[]): StatusMessage {
  return {
    intent: "error",
    title: issues.length === 1 ? "Fix 1 setting before saving" : `Fix ${issues.length} settings before saving`,
    body: "Save is off until then. Each problem names its field; the stage's row shows it too.",
    details: listed(issues),
  };
}

const FIELD_WORDS: Record<SettingsField, (before: Settings, after: Settings) => string> = {
  fiscalYearStartMonth: (before, after) => `Fiscal year starts in ${MONTHS[after.fiscalYearStartMonth - 1]} (was ${MONTHS[before.fiscalYearStartMonth - 1]}).`,
  corporateCurrency: (before, after) => `Corporate currency ${after.corporateCurrency} (was ${before.corporateCurrency}): the FxRates table must hold rates to ${after.corporateCurrency}.`,
  stageMap: (before, after) => stageMapChanges(before.stageMap, after.stageMap),
};

const percent = (fraction: number) => `${Number((fraction * 100).toFixed(4))}%`;

/** What differs in one stage, e.g. "probability 50% → 55%, category Best Case → Commit". */
function stageDifferences(before: StageDefinition, after: StageDefinition): string[] {
  const differences: string[] = [];
  if (before.category !== after.category) differences.push(`category ${before.category} → ${after.category}`);
  if (before.probability !== after.probability) differences.push(`probability ${percent(before.probability)} → ${percent(after.probability)}`);
  if (before.closed !== after.closed || before.won !== after.won) differences.push(after.won ? "now closed won" : after.closed ? "now closed, not won" : "now open");
  if (before.order !== after.order) differences.push(`order ${before.order} → ${after.order}`);
  return differences;
}

/** The stage map's changes in a line: stages added, removed (matched by name, ignoring case) and changed. */
export function stageMapChanges(before: readonly StageDefinition[], after: readonly StageDefinition[]): string {
  const key = (stage: StageDefinition) => stage.stage.trim().toLowerCase();
  const old = new Map(before.map((stage) => [key(stage), stage]));
  const kept = new Set(after.map(key));
  const parts = [
    ...after.flatMap((stage) => {
      const previous = old.get(key(stage));
      if (!previous) return [`${stage.stage} added`];
      const differences = stageDifferences(previous, stage);
      return differences.length > 0 ? [`${stage.stage}: ${differences.join(", ")}`] : [];
    }),
    ...before.filter((stage) => !kept.has(key(stage))).map((stage) => `${stage.stage} removed`),
  ];
  const shown = parts.slice(0, 3).join("; ");
  const more = parts.length > 3 ? `; and ${parts.length - 3} more` : "";
  return `Stage map: ${shown || "stages reordered"}${more}.`;
}

export function savedMessage(saved: SavedSettings, before: Settings): StatusMessage {
  if (saved.changed.length === 0) {
    return { intent: "success", title: "Settings saved in this workbook", body: "Nothing had changed; they are stored with the file." };
  }
  const recalculated = saved.recalculated ? " SALESOPS formulas were recalculated with them." : "";
  return {
    intent: saved.warnings.length > 0 ? "warning" : "success",
    title: "Settings saved in this workbook",
    body: `They are stored with the file and in force now.${recalculated} ${REFRESH_ADVICE}`,
    details: [...saved.changed.map((field) => FIELD_WORDS[field](before, saved.settings)), ...saved.warnings.map((issue) => issue.message)],
  };
}

/** The save was refused: the settings did not pass the checks (the form checks the same, so this is rare). */
export function saveRefusedMessage(issues: readonly Issue[]): StatusMessage {
  return { intent: "error", title: "The settings were not saved", body: "Fix what is listed, then choose Save again.", details: listed(issues) };
}

/** Excel refused the write (a protected workbook, a cell in edit mode …): nothing changed. */
export function saveFailedMessage(error: unknown): StatusMessage {
  return {
    intent: "error",
    title: "The settings were not saved",
    body: `${messageOf(error)} Nothing changed in the workbook or in force. ${officeHint(error, "Check that no cell is being edited and the workbook is not protected or read-only, then choose Save again.")}`,
  };
}
