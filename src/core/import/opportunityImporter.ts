import type { CellValue } from "../model/canonicalFiles";
import type { Opportunity } from "../model/entities";
import type { Result } from "../model/result";
import { isBlankRow, isFooterRow } from "./cells";
import { DerivedRecords } from "./derivedRecords";
import type { ImportOptions, ImportPlan } from "./importPlan";
import type { ImportNote, OpportunityImport, RowProblem } from "./importTypes";
import { OpportunityRowReader } from "./opportunityRow";
import { resolveImportPlan } from "./resolvePlan";

/**
 * An import fed row by row (so a million-row CSV never needs all its rows in memory): the header
 * comes first, then `add` each data row in order, then `finish`.
 */
export class OpportunityImporter {
  private readonly opportunities: Opportunity[] = [];
  private readonly rejected: RowProblem[] = [];
  private readonly rejectedByReason: Record<string, number> = {};
  /** Ids imported so far. One Set insert per row is the cheapest uniqueness check; the row numbers are only needed once an id repeats. */
  private seenIds = new Set<string>();
  private firstRowOfId: Map<string, number> | null = null;
  private readonly rowNumbers: number[] = [];
  private readonly derived = new DerivedRecords();
  private readonly reader: OpportunityRowReader;
  private readonly counts = { rowsRead: 0, rejected: 0, blank: 0, footer: 0, createdFromClose: 0, currencyFromSettings: 0, idDerived: 0 };
  private rowNumber: number;

  private constructor(
    readonly plan: ImportPlan,
    headerRowNumber: number,
  ) {
    this.rowNumber = headerRowNumber;
    this.reader = new OpportunityRowReader(plan);
  }

  /**
   * Starts an import from its header row (`headerRowNumber` is its 1-based row number in the sheet or file).
   * @example OpportunityImporter.start(["opportunity_id", "sales_agent", "deal_stage", "close_date", "close_value"], 1, {}).ok // true
   */
  static start(headerRow: readonly CellValue[], headerRowNumber: number, options: ImportOptions): Result<OpportunityImporter> {
    const plan = resolveImportPlan(headerRow, options);
    return plan.ok ? { ok: true, value: new OpportunityImporter(plan.value, headerRowNumber) } : plan;
  }

  /** Reads the next row; blank rows are counted and skipped, duplicates of an imported id rejected. */
  add(row: readonly CellValue[]): void {
    this.rowNumber += 1;
    if (isBlankRow(row)) {
      this.counts.blank += 1;
      return;
    }
    if (row.length > 0 && isFooterRow(row)) {
      this.counts.footer += 1;
      return;
    }
    this.counts.rowsRead += 1;
    const read = this.reader.read(row, this.rowNumber);
    const opportunity = read.opportunity;
    if (opportunity) {
      const first = this.repeatOf(opportunity.id);
      if (first !== undefined) {
        const column = this.plan.columns.id === undefined ? "id (derived)" : this.plan.headers[this.plan.columns.id];
        this.reject([{ row: this.rowNumber, column, value: opportunity.id, code: "duplicate_id", reason: `row ${first} has the same id and was imported: give each opportunity its own id, or remove the repeat` }]);
        return;
      }
      this.opportunities.push(opportunity);
      this.rowNumbers.push(this.rowNumber);
      this.derived.addAccount(opportunity.accountId, read.accountName);
      this.derived.addRep(opportunity.ownerId, read.ownerName, opportunity.createdDate);
      if (read.keptStage) this.derived.addStage(read.keptStage.stage, read.keptStage.category, read.keptStage.probability);
      if (read.createdFromClose) this.counts.createdFromClose += 1;
      if (read.currencyFromSettings) this.counts.currencyFromSettings += 1;
      if (read.idDerived) this.counts.idDerived += 1;
    } else this.reject(read.problems);
  }

  /** The row that first had this id, or undefined (and the id is recorded) when it is new. */
  private repeatOf(id: string): number | undefined {
    if (!this.firstRowOfId) {
      const size = this.seenIds.size;
      this.seenIds.add(id);
      if (this.seenIds.size !== size) return undefined;
      // The first repeat: from here on keep ids with their row numbers, built once from the rows imported so far.
      this.firstRowOfId = new Map();
      for (let i = this.opportunities.length - 1; i >= 0; i -= 1) this.firstRowOfId.set(this.opportunities[i].id, this.rowNumbers[i]);
      this.seenIds = new Set();
    }
    const first = this.firstRowOfId.get(id);
    if (first === undefined) this.firstRowOfId.set(id, this.rowNumber);
    return first;
  }

  private reject(problems: RowProblem[]): void {
    this.counts.rejected += 1;
    const code = problems[0]?.code ?? "invalid_row";
    this.rejectedByReason[code] = (this.rejectedByReason[code] ?? 0) + 1;
    for (const problem of problems) this.rejected.push(problem);
  }

  private notes(): ImportNote[] {
    const { createdFromClose, currencyFromSettings, idDerived } = this.counts;
    const notes: ImportNote[] = [];
    if (idDerived) notes.push({ code: "id_derived", rows: idDerived, message: "ids derived from the account and opportunity names (the source has no id column)" });
    if (createdFromClose) notes.push({ code: "created_from_close", rows: createdFromClose, message: "created date set to the close date (the source has none)" });
    if (currencyFromSettings) notes.push({ code: "corporate_currency", rows: currencyFromSettings, message: `currency set to the corporate currency ${this.plan.fallbackCurrency} (the source names none; use --currency to say otherwise)` });
    return notes;
  }

  /** The records, the rejected-row report and the summary. */
  finish(): OpportunityImport {
    const { accounts, reps, newStages } = this.derived.build(this.plan.settings.stageMap);
    return {
      preset: this.plan.choice,
      opportunities: this.opportunities,
      accounts,
      reps,
      rejected: this.rejected,
      summary: {
        rowsRead: this.counts.rowsRead,
        imported: this.opportunities.length,
        rejected: this.counts.rejected,
        blankRowsSkipped: this.counts.blank,
        footerRowsSkipped: this.counts.footer,
        rejectedByReason: { ...this.rejectedByReason },
      },
      notes: this.notes(),
      newStages,
    };
  }
}
