import type { Account, Rep } from "../model/entities";
import type { ForecastCategory, StageDefinition } from "../model/stageMap";

/** Default probabilities for a foreign stage kept as text, by its category, when the preset gives none. */
const CATEGORY_PROBABILITY: Record<ForecastCategory, number> = { Pipeline: 0.1, "Best Case": 0.5, Commit: 0.8, Closed: 1, Omitted: 0 };

/**
 * Collects the accounts, owners and foreign stages an export names, as it is imported row by row.
 * Exports carry only names, so the other fields stay blank; a rep's start date is the earliest
 * created date among their opportunities, the only date the export gives that bounds it.
 */
export class DerivedRecords {
  private readonly accounts = new Map<string, string>();
  private readonly reps = new Map<string, { name: string; startDate: string }>();
  private readonly stages = new Map<string, { category: ForecastCategory; probability?: number }>();

  addAccount(id: string, name: string): void {
    if (name && !this.accounts.has(id)) this.accounts.set(id, name);
  }

  addRep(id: string, name: string, createdDate: string): void {
    if (!name) return;
    const known = this.reps.get(id);
    if (!known) this.reps.set(id, { name, startDate: createdDate });
    else if (createdDate < known.startDate) known.startDate = createdDate;
  }

  addStage(stage: string, category: ForecastCategory, probability?: number): void {
    if (!this.stages.has(stage)) this.stages.set(stage, { category, probability });
  }

  /**
   * The records collected, accounts and reps sorted by id so the same export gives the same files.
   * @example new DerivedRecords().build([]) // { accounts: [], reps: [], newStages: [] }
   */
  build(stageMap: readonly StageDefinition[]): { accounts: Account[]; reps: Rep[]; newStages: StageDefinition[] } {
    const byId = <T>(entries: Map<string, T>): [string, T][] => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const accounts: Account[] = byId(this.accounts).map(([id, name]) => ({
      id,
      name,
      industry: "",
      country: "",
      region: "",
      segment: "",
      employees: null,
      annualRevenue: null,
      potential: null,
      territoryId: "",
      extra: {},
    }));
    const reps: Rep[] = byId(this.reps).map(([id, { name, startDate }]) => ({
      id,
      name,
      email: "",
      role: "Rep",
      managerId: "",
      region: "",
      segment: "",
      startDate,
      endDate: null,
      extra: {},
    }));
    let order = Math.max(0, ...stageMap.map((definition) => definition.order));
    const newStages: StageDefinition[] = [...this.stages]
      .map(([stage, { category, probability }]) => ({ stage, category, probability: probability ?? CATEGORY_PROBABILITY[category] }))
      .sort((a, b) => a.probability - b.probability)
      .map(({ stage, category, probability }) => ({ stage, category, probability, closed: category === "Closed", won: category === "Closed", order: (order += 1) }));
    return { accounts, reps, newStages };
  }
}
