import { z } from "zod";

export const FORECAST_CATEGORIES = ["Pipeline", "Best Case", "Commit", "Closed", "Omitted"] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

export const stageDefinitionSchema = z.object({
  stage: z.string().min(1),
  category: z.enum(FORECAST_CATEGORIES),
  /** Default win probability of the stage, 0–1. */
  probability: z.number().min(0).max(1),
  closed: z.boolean(),
  won: z.boolean(),
  /** Position in the sales process; later stages have larger numbers. */
  order: z.number().int(),
});
export type StageDefinition = z.infer<typeof stageDefinitionSchema>;

/** Salesforce's standard opportunity stages with their default probabilities and forecast categories. */
export const DEFAULT_STAGE_MAP: readonly StageDefinition[] = [
  { stage: "Prospecting", category: "Pipeline", probability: 0.1, closed: false, won: false, order: 1 },
  { stage: "Qualification", category: "Pipeline", probability: 0.1, closed: false, won: false, order: 2 },
  { stage: "Needs Analysis", category: "Pipeline", probability: 0.2, closed: false, won: false, order: 3 },
  { stage: "Value Proposition", category: "Best Case", probability: 0.5, closed: false, won: false, order: 4 },
  { stage: "Id. Decision Makers", category: "Best Case", probability: 0.6, closed: false, won: false, order: 5 },
  { stage: "Perception Analysis", category: "Best Case", probability: 0.7, closed: false, won: false, order: 6 },
  { stage: "Proposal/Price Quote", category: "Commit", probability: 0.75, closed: false, won: false, order: 7 },
  { stage: "Negotiation/Review", category: "Commit", probability: 0.9, closed: false, won: false, order: 8 },
  { stage: "Closed Won", category: "Closed", probability: 1, closed: true, won: true, order: 9 },
  { stage: "Closed Lost", category: "Omitted", probability: 0, closed: true, won: false, order: 10 },
];

const CATEGORY_ALIASES: Record<string, ForecastCategory> = {
  pipeline: "Pipeline",
  "best case": "Best Case",
  bestcase: "Best Case",
  upside: "Best Case",
  commit: "Commit",
  // Salesforce's API value for the Commit category is "Forecast".
  forecast: "Commit",
  closed: "Closed",
  won: "Closed",
  "closed won": "Closed",
  omitted: "Omitted",
  omit: "Omitted",
  lost: "Omitted",
};

/**
 * Reads a forecast category as CRMs write it, or returns null when it is none.
 * @example normalizeForecastCategory("Forecast") // "Commit"
 */
export function normalizeForecastCategory(text: string): ForecastCategory | null {
  return CATEGORY_ALIASES[text.trim().toLowerCase().replace(/[_\s]+/g, " ")] ?? null;
}

/** Looks a stage up by name, ignoring case and surrounding spaces. */
export function findStage(stageMap: readonly StageDefinition[], stage: string): StageDefinition | undefined {
  const wanted = stage.trim().toLowerCase();
  return stageMap.find((definition) => definition.stage.toLowerCase() === wanted);
}
