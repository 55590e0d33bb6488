/*
 * The Settings form as text, and back to settings. Probabilities are typed as percentages ("60" or
 * "60%" is 0.6) and positions as whole numbers; then the settings go through the same
 * validateSettings as a save, so the form, the save and the stored file agree on what is valid, and
 * every problem is keyed by the path it names ("stageMap[3].probability").
 */
import { settingsIssue, settingsPath, validateSettings } from "../../../app/settingsWorkbookChecks";
import type { Issue } from "../../../core/model/result";
import { SETTINGS_VERSION, type Settings } from "../../../core/model/settings";
import type { ForecastCategory } from "../../../core/model/stageMap";

export interface StageDraft {
  /** Stable across edits, for React's list keys and the inputs' ids. */
  key: number;
  stage: string;
  category: ForecastCategory;
  probability: string;
  closed: boolean;
  won: boolean;
  order: string;
}

export interface SettingsDraft {
  fiscalYearStartMonth: number;
  corporateCurrency: string;
  stages: StageDraft[];
}

/** Problems by path, as settingsPath writes it: "corporateCurrency", "stageMap", "stageMap[3].probability". */
export type DraftErrors = Record<string, string>;

export interface DraftCheck {
  /** The settings the form describes, or null while anything in it is invalid. */
  settings: Settings | null;
  issues: Issue[];
  errors: DraftErrors;
}

let nextKey = 1;
const percentText = (fraction: number) => String(Number((fraction * 100).toFixed(6)));

export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    corporateCurrency: settings.corporateCurrency,
    stages: settings.stageMap.map((stage) => ({ ...stage, key: nextKey++, probability: percentText(stage.probability), order: String(stage.order) })),
  };
}

/** A new open stage placed after the last one, in the Pipeline category. */
export function newStage(stages: readonly StageDraft[]): StageDraft {
  const orders = stages.map((stage) => Number(stage.order)).filter(Number.isInteger);
  return { key: nextKey++, stage: "", category: "Pipeline", probability: "10", closed: false, won: false, order: String(orders.length > 0 ? Math.max(...orders) + 1 : 1) };
}

/** "60", "60%", " 7.5 % " as a fraction; NaN when it is no number. */
function percentValue(text: string): number {
  const match = /^\s*([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)\s*%?\s*$/.exec(text);
  return match ? Number(match[1]) / 100 : Number.NaN;
}

function wholeNumber(text: string): number {
  return /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

const FIELD_RANK = ["version", "fiscalYearStartMonth", "corporateCurrency", "stageMap"];
/** Problems in the order of the form: the fields, then the stages top to bottom (a whole-map problem last). */
const rank = (issue: Issue) => FIELD_RANK.indexOf(String(issue.path[0])) * 100_000 + (typeof issue.path[1] === "number" ? issue.path[1] : 99_999);

/** Checks the form: text that is no number is named as such, the rest by validateSettings. */
export function checkDraft(draft: SettingsDraft): DraftCheck {
  const notNumbers: Issue[] = [];
  const stageMap = draft.stages.map((stage, i) => {
    const probability = percentValue(stage.probability);
    const order = wholeNumber(stage.order);
    if (Number.isNaN(probability)) notNumbers.push({ ...settingsIssue(["stageMap", i, "probability"]), message: `stageMap[${i}].probability must be a percentage such as 60 (it is "${stage.probability.trim()}").` });
    if (Number.isNaN(order)) notNumbers.push(settingsIssue(["stageMap", i, "order"]));
    return { stage: stage.stage, category: stage.category, probability, closed: stage.closed, won: stage.won, order };
  });
  const result = validateSettings({ version: SETTINGS_VERSION, fiscalYearStartMonth: draft.fiscalYearStartMonth, corporateCurrency: draft.corporateCurrency.trim(), stageMap });
  const typed = new Set(notNumbers.map((issue) => settingsPath(issue.path)));
  // A field that is no number also fails the schema: keep the message that says what was typed.
  const issues = [...notNumbers, ...(result.ok ? [] : result.issues.filter((issue) => !typed.has(settingsPath(issue.path))))].sort((a, b) => rank(a) - rank(b));
  const errors: DraftErrors = {};
  for (const issue of issues) {
    const key = settingsPath(issue.path);
    errors[key] = errors[key] ? `${errors[key]} ${issue.message}` : issue.message;
  }
  return { settings: result.ok && issues.length === 0 ? result.value : null, issues, errors };
}
