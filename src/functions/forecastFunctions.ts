/*
 * Bodies of the forecast custom functions: argument shapes and blanks handled here, the arithmetic
 * in src/core/forecast, failures as FunctionFailure for the runner to turn into Excel errors.
 */
import { attainment, pipelineCoverage, winRate } from "../core/forecast/kpis";
import { cumulativeForecast, EMPTY_CATEGORY_AMOUNTS, addToCategory } from "../core/forecast/categoryTotals";
import { weightedPipeline } from "../core/forecast/weightedPipeline";
import { coerceProbability } from "../core/import/coerceProbability";
import { FORECAST_CATEGORIES, StageDefinition, findStage, normalizeForecastCategory } from "../core/model/stageMap";
import { argumentFailure, FunctionFailure } from "./runner";
import { CellArgument, RangeArgument, flattenRange, isBlankCell, numberArgument, numberCell, requireSameShape } from "./ranges";

/** Stages from a two-column range (stage, probability as 0–1 or 0–100) that override the workbook's stage map. */
function stageTableArgument(range: RangeArgument, fallback: readonly StageDefinition[]): readonly StageDefinition[] {
  if (range === null || range === undefined || range === "") return fallback;
  const table = flattenRange(range, "stage_table");
  if (table.columns !== 2) throw argumentFailure("stage_table", "give two columns: the stage name and its probability.");
  const stages: StageDefinition[] = [];
  for (let row = 0; row < table.rows; row += 1) {
    const [stage, probability] = table.cells.slice(row * 2, row * 2 + 2);
    if (isBlankCell(stage)) continue;
    const value = numberCell(probability, "stage_table", row * 2 + 1);
    stages.push({ stage: String(stage), category: "Pipeline", probability: value > 1 ? value / 100 : value, closed: false, won: false, order: row });
  }
  return stages;
}

export function weightedPipelineCells(amounts: RangeArgument, stagesOrProbabilities: RangeArgument, stageTable: RangeArgument, stageMap: readonly StageDefinition[]): number {
  const amountCells = flattenRange(amounts, "amounts");
  const stageCells = flattenRange(stagesOrProbabilities, "stages_or_probabilities");
  requireSameShape(amountCells, "amounts", stageCells, "stages_or_probabilities");
  const table = stageTableArgument(stageTable, stageMap);
  const pairedAmounts: number[] = [];
  const pairedStages: (string | number)[] = [];
  amountCells.cells.forEach((amount, index) => {
    const stage = stageCells.cells[index];
    if (isBlankCell(amount) || isBlankCell(stage)) return;
    pairedAmounts.push(numberCell(amount, "amounts", index));
    // Text such as "30%" is a probability unless the stage map knows it as a stage name.
    const asProbability = typeof stage === "string" && !findStage(table, stage) ? coerceProbability(stage) : null;
    pairedStages.push(asProbability?.ok ? asProbability.value : typeof stage === "number" ? stage : String(stage));
  });
  const { total, issues } = weightedPipeline(pairedAmounts, pairedStages, table);
  if (issues.length > 0) throw argumentFailure("stages_or_probabilities", issues[0].message);
  return total;
}

const ROLLUP_CHOICES: Record<string, keyof ReturnType<typeof cumulativeForecast>> = { closed: "closed", commit: "commit", "best case": "bestCase", pipeline: "pipeline" };

export function rollupCells(categories: RangeArgument, amounts: RangeArgument, category: unknown): number {
  const wanted = ROLLUP_CHOICES[String(category ?? "").trim().toLowerCase()];
  if (!wanted) throw argumentFailure("category", `${JSON.stringify(category)} is not one of "Closed", "Commit", "Best Case" or "Pipeline".`);
  const categoryCells = flattenRange(categories, "categories");
  const amountCells = flattenRange(amounts, "amounts");
  requireSameShape(categoryCells, "categories", amountCells, "amounts");
  const totals = { ...EMPTY_CATEGORY_AMOUNTS };
  categoryCells.cells.forEach((cell, index) => {
    const amount = amountCells.cells[index];
    if (isBlankCell(cell) || isBlankCell(amount)) return;
    const normalized = normalizeForecastCategory(String(cell));
    if (!normalized) throw argumentFailure("categories", `cell ${index + 1} holds ${JSON.stringify(cell)}, which is not a forecast category (${FORECAST_CATEGORIES.join(", ")}).`);
    addToCategory(totals, normalized, numberCell(amount, "amounts", index));
  });
  return cumulativeForecast(totals)[wanted];
}

export function attainmentOf(closedWon: unknown, quota: unknown): number {
  const result = attainment(numberArgument(closedWon, "closed_won"), numberArgument(quota, "quota"));
  if (result === null) throw new FunctionFailure("divisionByZero", "quota is 0.");
  return result;
}

export function coverageOf(openPipeline: unknown, quota: unknown, closedWon: unknown): number {
  const won = isBlankCell(closedWon) ? 0 : numberArgument(closedWon, "closed_won");
  const result = pipelineCoverage(numberArgument(openPipeline, "open_pipeline"), numberArgument(quota, "quota"), won);
  if (result === null) throw new FunctionFailure("notAvailable", "quota already attained");
  return result;
}

const WON_WORDS = new Set(["won", "closed won", "true", "1", "yes", "win"]);
const LOST_WORDS = new Set(["lost", "closed lost", "false", "0", "no", "loss"]);

function outcomeCell(cell: CellArgument, index: number): boolean {
  const text = String(cell).trim().toLowerCase();
  if (WON_WORDS.has(text)) return true;
  if (LOST_WORDS.has(text)) return false;
  throw argumentFailure("outcomes", `cell ${index + 1} holds ${JSON.stringify(cell)}: use "Won" or "Lost" (or TRUE/FALSE).`);
}

export function winRateCells(outcomes: RangeArgument, amounts: RangeArgument): number {
  const outcomeCells = flattenRange(outcomes, "outcomes");
  const byValue = !(amounts === null || amounts === undefined || amounts === "");
  const amountCells = byValue ? flattenRange(amounts, "amounts") : null;
  if (amountCells) requireSameShape(outcomeCells, "outcomes", amountCells, "amounts");
  const won: boolean[] = [];
  const weights: number[] = [];
  outcomeCells.cells.forEach((cell, index) => {
    if (isBlankCell(cell)) return;
    const amount = amountCells?.cells[index];
    if (amountCells && isBlankCell(amount)) return;
    won.push(outcomeCell(cell, index));
    if (amountCells) weights.push(numberCell(amount, "amounts", index));
  });
  const rate = winRate(won, amountCells ? weights : undefined);
  if (rate === null) throw new FunctionFailure("divisionByZero", "no closed deals to compute a win rate from.");
  return rate;
}
