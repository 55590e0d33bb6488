import type { ForecastCategory } from "../model/stageMap";
import type { ImportPlan } from "./importPlan";
import { readCurrency } from "./readCurrency";
import { readCategory, resolveStage, StageOutcome } from "./stageResolver";

/**
 * What the row reader works out once and reuses across a million rows: a few distinct stage,
 * category and currency texts repeat on every row, and so do owner ids, account ids, types and products.
 * @example new RowCaches(plan).category("Forecast") // "Commit"
 */
export class RowCaches {
  private readonly stages = new Map<string, StageOutcome>();
  private readonly categories = new Map<string, ForecastCategory | null>();
  private readonly currencies = new Map<string, string | null>();
  /** Repeated short texts shared instead of stored once per row. */
  private readonly interned = new Map<string, string>();

  constructor(private readonly plan: ImportPlan) {}

  /** The shared copy of a text; stops adding once the table is large, so a column of unique values costs nothing extra. */
  intern(text: string): string {
    const known = this.interned.get(text);
    if (known !== undefined) return known;
    if (this.interned.size < 50_000) this.interned.set(text, text);
    return text;
  }

  category(text: string): ForecastCategory | null {
    let category = this.categories.get(text);
    if (category === undefined && !this.categories.has(text)) this.categories.set(text, (category = readCategory(text)));
    return category ?? null;
  }

  currency(text: string): string | null {
    let currency = this.currencies.get(text);
    if (currency === undefined && !this.currencies.has(text)) this.currencies.set(text, (currency = readCurrency(text)));
    return currency ?? null;
  }

  /**
   * Cached by the texts that decide it. The source category only matters for a stage nobody knows,
   * so the common case is keyed by the stage text alone, without building a key string per row.
   */
  stage(statusText: string, stageText: string, sourceCategory: ForecastCategory | null): StageOutcome {
    const key = statusText === "" ? stageText : `${statusText}\u0000${stageText}`;
    let outcome = this.stages.get(key);
    if (!outcome) this.stages.set(key, (outcome = resolveStage(this.plan, statusText, stageText, null)));
    if (outcome.ok || outcome.code !== "unknown_stage" || sourceCategory === null) return outcome;
    const keptKey = `${key}\u0000${sourceCategory}`;
    let kept = this.stages.get(keptKey);
    if (!kept) this.stages.set(keptKey, (kept = resolveStage(this.plan, statusText, stageText, sourceCategory)));
    return kept;
  }
}
