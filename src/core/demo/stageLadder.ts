/**
 * The stage map seen as the demo needs it: the open stages in process order, the won stage and
 * the lost stage. Reading them from the settings (not hard-coding Salesforce's names) keeps the
 * demo consistent with a custom stage map.
 */
import type { ForecastCategory, StageDefinition } from "../model/stageMap";

export interface StageLadder {
  /** Open stages by `order`, first to last. */
  open: readonly StageDefinition[];
  won: StageDefinition;
  lost: StageDefinition;
}

/** Misuse of the generator (settings it cannot work with): thrown, never returned. */
export class DemoDataError extends Error {
  override name = "DemoDataError";
}

/**
 * @example stageLadder(DEFAULT_STAGE_MAP).open.length // 8
 */
export function stageLadder(stageMap: readonly StageDefinition[]): StageLadder {
  const open = stageMap.filter((s) => !s.closed).sort((a, b) => a.order - b.order);
  const won = stageMap.find((s) => s.closed && s.won);
  const lost = stageMap.find((s) => s.closed && !s.won);
  if (open.length === 0 || !won || !lost) {
    throw new DemoDataError("The stage map needs at least one open stage, a closed won stage and a closed lost stage to generate demo data.");
  }
  return { open, won, lost };
}

/** How a rep's judgement changes the category the stage gives. */
export type CategoryJudgement = "upgrade" | "downgrade" | "omit" | null;

/**
 * The forecast category of an open stage after the rep's judgement: an optimist commits a deal at
 * the last Best Case stage, a cautious rep keeps a deal at the first Commit stage in Best Case, and
 * stale early deals are omitted. Anything else keeps the stage's own category.
 * @example categoryFor(stageLadder(DEFAULT_STAGE_MAP), 5, "upgrade") // "Commit" (Perception Analysis)
 */
export function categoryFor(ladder: StageLadder, index: number, judgement: CategoryJudgement): ForecastCategory {
  const own = ladder.open[index].category;
  const next = ladder.open[index + 1]?.category;
  const previous = ladder.open[index - 1]?.category;
  if (judgement === "upgrade" && own === "Best Case" && next === "Commit") return "Commit";
  if (judgement === "downgrade" && own === "Commit" && previous === "Best Case") return "Best Case";
  if (judgement === "omit" && own === "Pipeline") return "Omitted";
  return own;
}
