import { StageDefinition, findStage } from "../model/stageMap";
import type { Issue } from "../model/result";

/**
 * Σ amount × probability, where each deal's probability is given directly (0–1) or through its stage's
 * default in the stage map. Amounts without a known stage or probability are reported, not guessed.
 * @example weightedPipeline([100, 200], ["Negotiation/Review", 0.5], DEFAULT_STAGE_MAP) // { total: 190, issues: [] }
 */
export function weightedPipeline(amounts: readonly number[], stagesOrProbabilities: readonly (string | number)[], stageMap: readonly StageDefinition[]): { total: number; issues: Issue[] } {
  let total = 0;
  const issues: Issue[] = [];
  amounts.forEach((amount, index) => {
    const given = stagesOrProbabilities[index];
    let probability: number | undefined;
    if (typeof given === "number") probability = given > 1 ? given / 100 : given;
    else probability = findStage(stageMap, given)?.probability;
    if (probability === undefined || probability < 0 || probability > 1) {
      issues.push({ code: "unknown_probability", path: [index], message: `"${String(given)}" is neither a stage in the stage map nor a probability from 0 to 1 (or 0 to 100).` });
      return;
    }
    total += amount * probability;
  });
  return { total, issues };
}
