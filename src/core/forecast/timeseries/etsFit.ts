import { forecastFromState, runHoltWinters, type HoltWintersState, type SmoothingParameters } from "./holtWinters";
import { initialState } from "./initialState";
import { nelderMead } from "./nelderMead";

/** Trend component: none, additive (Holt) or additive damped. */
export type TrendKind = "none" | "additive" | "damped";

/** One member of the additive ETS family: a trend kind and a season length (1 = no season). */
export interface EtsSpec {
  trend: TrendKind;
  period: number;
}

/** A fitted model: its parameters, in-sample fit and where forecasts start. */
export interface EtsFit {
  spec: EtsSpec;
  parameters: SmoothingParameters;
  /** Sum of squared one-step-ahead errors. */
  sse: number;
  /** Free parameters counted for the information criterion, the error variance included. */
  parameterCount: number;
  /** Corrected Akaike information criterion on the one-step errors (Gaussian likelihood). */
  aicc: number;
  final: HoltWintersState;
}

/** Damping is kept in [0.8, 0.98] as Hyndman et al. advise: below, forecasts flatten at once; above, it is plain Holt. */
const PHI_RANGE: [number, number] = [0.8, 0.98];
const UNIT_RANGE: [number, number] = [1e-4, 0.9999];

/** Maps an unbounded number into (low, high), so the optimiser can roam freely. */
function bounded(x: number, [low, high]: [number, number]): number {
  return low + (high - low) / (1 + Math.exp(-x));
}

/** The inverse of {@link bounded}, to place a start inside the range. */
function unbounded(value: number, [low, high]: [number, number]): number {
  const share = (value - low) / (high - low);
  return Math.log(share / (1 - share));
}

/**
 * Turns optimiser coordinates into parameters that satisfy the usual admissibility bounds:
 * β = α·β*, γ = (1 − α)·γ* with α, β*, γ* in (0, 1), and φ in [0.8, 0.98].
 */
function toParameters(point: readonly number[], spec: EtsSpec): SmoothingParameters {
  let index = 0;
  const alpha = bounded(point[index++], UNIT_RANGE);
  const beta = spec.trend === "none" ? 0 : alpha * bounded(point[index++], UNIT_RANGE);
  const gamma = spec.period > 1 ? (1 - alpha) * bounded(point[index++], UNIT_RANGE) : 0;
  const phi = spec.trend === "damped" ? bounded(point[index++], PHI_RANGE) : 1;
  return { alpha, beta, gamma, phi };
}

/** Deterministic starting points (α, β*, γ*, φ): a smooth, a middling and a reactive model. */
const STARTS: readonly (readonly [number, number, number, number])[] = [
  [0.2, 0.1, 0.1, 0.95],
  [0.5, 0.2, 0.3, 0.9],
  [0.9, 0.05, 0.5, 0.85],
];

function startPoint(start: readonly number[], spec: EtsSpec): number[] {
  const point = [unbounded(start[0], UNIT_RANGE)];
  if (spec.trend !== "none") point.push(unbounded(start[1], UNIT_RANGE));
  if (spec.period > 1) point.push(unbounded(start[2], UNIT_RANGE));
  if (spec.trend === "damped") point.push(unbounded(start[3], PHI_RANGE));
  return point;
}

/**
 * Fits one additive ETS model: initial states by classical decomposition, then the smoothing
 * parameters that minimise the sum of squared one-step-ahead errors, by Nelder–Mead from three
 * fixed starts (the error surface can have several basins), polishing the best once more.
 * `values` must be gap-free and at least two seasons long when `spec.period` > 1.
 *
 * @example
 * fitEts([3, 5, 7, 9, 11, 13], { trend: "additive", period: 1 }).parameters.alpha // a value in (0, 1)
 */
export function fitEts(values: readonly number[], spec: EtsSpec): EtsFit {
  const initial = initialState(values, spec.period, spec.trend !== "none");
  const objective = (point: number[]): number => runHoltWinters(values, toParameters(point, spec), initial).sse;
  let best = { point: startPoint(STARTS[0], spec), value: Infinity };
  for (const start of STARTS) {
    const found = nelderMead(objective, startPoint(start, spec), { step: 1 });
    if (found.value < best.value) best = found;
  }
  const polished = nelderMead(objective, best.point, { step: 0.25 });
  if (polished.value < best.value) best = polished;
  const parameters = toParameters(best.point, spec);
  const run = runHoltWinters(values, parameters, initial);
  const parameterCount = best.point.length + 1 + (spec.trend === "none" ? 0 : 1) + (spec.period - 1) + 1;
  return { spec, parameters, sse: run.sse, parameterCount, aicc: aicc(run.sse, values.length, parameterCount), final: run.final };
}

/**
 * Corrected Akaike information criterion for Gaussian errors: n·ln(SSE/n) + 2k + 2k(k+1)/(n−k−1).
 * Infinite when there are too few points for k parameters, so such a model is never chosen.
 *
 * @example
 * aicc(10, 20, 3) // 20·ln(0.5) + 6 + 24/16 ≈ -6.363
 */
export function aicc(sse: number, n: number, parameterCount: number): number {
  if (n - parameterCount - 1 <= 0) return Infinity;
  // A perfect fit would give −∞; a floor keeps exact toy series comparable.
  const variance = Math.max(sse / n, 1e-300);
  return n * Math.log(variance) + 2 * parameterCount + (2 * parameterCount * (parameterCount + 1)) / (n - parameterCount - 1);
}

/**
 * Forecasts `horizon` steps from a fitted model.
 * @example forecastEtsFit(fitEts([1, 2, 3, 4, 5, 6], { trend: "additive", period: 1 }), 2) // ≈ [7, 8]
 */
export function forecastEtsFit(fit: EtsFit, horizon: number): number[] {
  return forecastFromState(fit.final, fit.parameters.phi, horizon);
}
