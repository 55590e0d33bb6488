/** Smoothing parameters of additive-error Holt-Winters (ETS A,A/Ad/N,A/N). */
export interface SmoothingParameters {
  /** Level smoothing, 0 < α < 1. */
  alpha: number;
  /** Trend smoothing, 0 < β < α (0 when the model has no trend). */
  beta: number;
  /** Seasonal smoothing, 0 < γ < 1 − α (0 when the model has no season). */
  gamma: number;
  /** Trend damping, 1 = undamped; 0.8–0.98 when damped. */
  phi: number;
}

/** The state of the recursion: level, trend and the last `period` seasonal terms (oldest first). */
export interface HoltWintersState {
  level: number;
  trend: number;
  season: number[];
}

/** A pass of the recursion over a series. */
export interface HoltWintersRun {
  /** Sum of squared one-step-ahead errors. */
  sse: number;
  /** The state after the last value, from which forecasts start. */
  final: HoltWintersState;
}

/**
 * Runs the additive Holt-Winters recursion in error-correction form (Hyndman et al., "Forecasting
 * with exponential smoothing", ETS(A,Ad,A)): ŷ = ℓ + φb + s_{t−m}; e = y − ŷ; ℓ ← ℓ + φb + αe;
 * b ← φb + βe; s_t = s_{t−m} + γe. A model without trend keeps b = 0; without season, s = [0].
 *
 * @example
 * runHoltWinters([10, 11, 12], { alpha: 0.5, beta: 0.1, gamma: 0, phi: 1 }, { level: 9, trend: 1, season: [0] }).sse // 0
 */
export function runHoltWinters(values: readonly number[], parameters: SmoothingParameters, initial: HoltWintersState): HoltWintersRun {
  const { alpha, beta, gamma, phi } = parameters;
  const period = initial.season.length;
  // A ring buffer of seasonal terms: position t mod period holds s_{t−m} when value t is read.
  const season = [...initial.season];
  let level = initial.level;
  let trend = initial.trend;
  let sse = 0;
  for (let t = 0; t < values.length; t++) {
    const slot = t % period;
    const damped = phi * trend;
    const error = values[t] - (level + damped + season[slot]);
    sse += error * error;
    level = level + damped + alpha * error;
    trend = damped + beta * error;
    season[slot] += gamma * error;
  }
  // Reorder so the season starts with the term for the first step after the series.
  const offset = values.length % period;
  const ordered = season.slice(offset).concat(season.slice(0, offset));
  return { sse, final: { level, trend, season: ordered } };
}

/**
 * Forecasts `horizon` steps from a final state: ℓ + (φ + φ² + … + φ^h)·b + s_{h mod m}.
 *
 * @example
 * forecastFromState({ level: 10, trend: 1, season: [2, -2] }, 1, 3) // [13, 10, 15]
 */
export function forecastFromState(state: HoltWintersState, phi: number, horizon: number): number[] {
  const forecasts: number[] = [];
  let dampedSum = 0;
  let power = 1;
  for (let step = 0; step < horizon; step++) {
    power *= phi;
    dampedSum += power;
    forecasts.push(state.level + dampedSum * state.trend + state.season[step % state.season.length]);
  }
  return forecasts;
}
