import type { Account } from "../model/entities";
import { AssignmentRule, TEXT_CRITERIA } from "./assignmentRule";

/** A set of rules as bits, one per rule in priority order. */
type Bits = Uint32Array;

interface FieldIndex {
  /** Rules that put no condition on the field: they match any value. */
  open: Bits;
  /** Per normalised value: the rules listing it, plus the open ones. */
  byValue: Map<string, Bits>;
  /** Per raw account value, so each distinct spelling is normalised once. */
  cache: Map<string, Bits>;
}

/**
 * The rules indexed by field value, so matching an account costs a few map look-ups and bitwise ANDs
 * over ⌈rules / 32⌉ words instead of testing every rule: the candidates are the AND, over the fields,
 * of the rules accepting the account's value; the first set bit is the best priority.
 */
export interface RuleIndex {
  /** The rules sorted by priority, then input order: bit i is `rules[i]`. */
  rules: AssignmentRule[];
  words: number;
  /** Writes the rules matching an account into `out` (length `words`). */
  match(account: Account, out: Uint32Array): void;
}

const normalise = (text: string): string => text.trim().toLowerCase();

/**
 * Builds the index. Rules should be valid (see `assignmentRuleSchema`).
 * @example
 * const index = buildRuleIndex([assignmentRule({ id: "R1", priority: 1, territoryId: "T1", regions: ["EMEA"] })]);
 * const out = new Uint32Array(index.words); index.match(account, out); // out[0] & 1 when the account is in EMEA
 */
export function buildRuleIndex(input: readonly AssignmentRule[]): RuleIndex {
  const rules = input.map((rule, order) => ({ rule, order })).sort((a, b) => a.rule.priority - b.rule.priority || a.order - b.order).map((entry) => entry.rule);
  const words = Math.max(1, Math.ceil(rules.length / 32));
  const empty = (): Bits => new Uint32Array(words);
  const set = (bits: Bits, i: number): void => {
    bits[i >>> 5] |= 1 << (i & 31);
  };

  const fieldIndex = (valuesOf: (rule: AssignmentRule) => readonly string[], normaliseValue: (text: string) => string): FieldIndex => {
    const open = empty();
    const byValue = new Map<string, Bits>();
    rules.forEach((rule, i) => {
      const values = valuesOf(rule);
      if (values.length === 0) set(open, i);
      for (const value of values) {
        const key = normaliseValue(value);
        let bits = byValue.get(key);
        if (!bits) byValue.set(key, (bits = empty()));
        set(bits, i);
      }
    });
    for (const bits of byValue.values()) for (let w = 0; w < words; w += 1) bits[w] |= open[w];
    return { open, byValue, cache: new Map() };
  };
  const lookup = (index: FieldIndex, raw: string, normaliseValue: (text: string) => string): Bits => {
    let bits = index.cache.get(raw);
    if (bits === undefined) {
      bits = index.byValue.get(normaliseValue(raw)) ?? index.open;
      index.cache.set(raw, bits);
    }
    return bits;
  };

  const text = TEXT_CRITERIA.map((criterion) => ({ field: criterion.account, index: fieldIndex((rule) => rule[criterion.rule], normalise) }));
  const trim = (id: string): string => id.trim();
  const named = fieldIndex((rule) => rule.accountIds, trim);
  const bands = employeeBands(rules, words);

  return {
    rules,
    words,
    match(account, out) {
      const first = lookup(text[0].index, account[text[0].field], normalise);
      for (let w = 0; w < words; w += 1) out[w] = first[w];
      for (let f = 1; f < text.length; f += 1) {
        const bits = lookup(text[f].index, account[text[f].field], normalise);
        for (let w = 0; w < words; w += 1) out[w] &= bits[w];
      }
      // Named accounts are rare: most ids fall through to the open rules without a cache entry.
      const namedBits = named.byValue.get(account.id.trim()) ?? named.open;
      const bandBits = bands.lookup(account.employees);
      for (let w = 0; w < words; w += 1) out[w] &= namedBits[w] & bandBits[w];
    },
  };
}

/** Employee bands as intervals between the rules' bounds, each with the rules covering it. */
function employeeBands(rules: readonly AssignmentRule[], words: number): { lookup: (employees: number | null) => Bits } {
  const open = new Uint32Array(words);
  const bounds = new Set<number>();
  rules.forEach((rule, i) => {
    if (rule.employeesMin === null && rule.employeesMax === null) open[i >>> 5] |= 1 << (i & 31);
    if (rule.employeesMin !== null) bounds.add(rule.employeesMin);
    if (rule.employeesMax !== null) bounds.add(rule.employeesMax);
  });
  const cuts = Float64Array.from(bounds).sort();
  // Interval k is [cuts[k − 1], cuts[k]), with −∞ and +∞ at the ends: cuts.length + 1 intervals.
  const intervals = Array.from({ length: cuts.length + 1 }, (_, k) => {
    const bits = Uint32Array.from(open);
    const low = k === 0 ? -Infinity : cuts[k - 1];
    rules.forEach((rule, i) => {
      if (rule.employeesMin === null && rule.employeesMax === null) return;
      const min = rule.employeesMin ?? -Infinity;
      const max = rule.employeesMax ?? Infinity;
      if (low >= min && low < max) bits[i >>> 5] |= 1 << (i & 31);
    });
    return bits;
  });
  return {
    lookup(employees) {
      if (employees === null || !Number.isFinite(employees)) return open;
      // The number of cuts ≤ employees is the interval's position.
      let lo = 0;
      let hi = cuts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cuts[mid] <= employees) lo = mid + 1;
        else hi = mid;
      }
      return intervals[lo];
    },
  };
}
