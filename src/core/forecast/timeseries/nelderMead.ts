/** Where a minimisation ended. */
export interface Minimum {
  point: number[];
  value: number;
  evaluations: number;
}

export interface NelderMeadOptions {
  /** Stop after this many evaluations of the objective. */
  maxEvaluations?: number;
  /** Stop when the simplex's values differ by less than this (relative to their size). */
  tolerance?: number;
  /** Size of the first simplex around the start, in the objective's units of x. */
  step?: number;
}

/**
 * Minimises `objective` from `start` with the Nelder–Mead simplex method (standard coefficients:
 * reflection 1, expansion 2, contraction ½, shrink ½). It needs no derivatives, which suits the
 * Holt-Winters error surface: it is cheap to evaluate but has kinks where a parameter hits a bound.
 * Deterministic: the same start gives the same answer.
 *
 * @example
 * nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).point // ≈ [1, -2]
 */
export function nelderMead(objective: (point: number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): Minimum {
  const { maxEvaluations = 150 * start.length, tolerance = 1e-7, step = 0.5 } = options;
  const dimension = start.length;
  let evaluations = 0;
  const evaluate = (point: number[]): number => {
    evaluations++;
    const value = objective(point);
    // A NaN (an overflowing recursion) must lose every comparison, or the simplex would chase it.
    return Number.isNaN(value) ? Infinity : value;
  };
  const simplex: { point: number[]; value: number }[] = [{ point: [...start], value: evaluate([...start]) }];
  for (let axis = 0; axis < dimension; axis++) {
    const point = [...start];
    point[axis] += step;
    simplex.push({ point, value: evaluate(point) });
  }
  const combine = (from: number[], to: number[], factor: number): number[] => from.map((x, i) => x + factor * (to[i] - x));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[dimension];
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break;
    const centroid = new Array<number>(dimension).fill(0);
    for (let vertex = 0; vertex < dimension; vertex++) {
      for (let i = 0; i < dimension; i++) centroid[i] += simplex[vertex].point[i] / dimension;
    }
    const reflected = combine(centroid, worst.point, -1);
    const reflectedValue = evaluate(reflected);
    if (reflectedValue < best.value) {
      const expanded = combine(centroid, worst.point, -2);
      const expandedValue = evaluate(expanded);
      simplex[dimension] = expandedValue < reflectedValue ? { point: expanded, value: expandedValue } : { point: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < simplex[dimension - 1].value) {
      simplex[dimension] = { point: reflected, value: reflectedValue };
      continue;
    }
    // Contract towards the better of the worst point and its reflection.
    const outside = reflectedValue < worst.value;
    const contracted = combine(centroid, outside ? reflected : worst.point, 0.5);
    const contractedValue = evaluate(contracted);
    if (contractedValue < Math.min(reflectedValue, worst.value)) {
      simplex[dimension] = { point: contracted, value: contractedValue };
      continue;
    }
    for (let vertex = 1; vertex <= dimension; vertex++) {
      const point = combine(best.point, simplex[vertex].point, 0.5);
      simplex[vertex] = { point, value: evaluate(point) };
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { point: simplex[0].point, value: simplex[0].value, evaluations };
}
