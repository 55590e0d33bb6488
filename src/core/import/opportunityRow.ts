import type { CellValue } from "../model/canonicalFiles";
import type { Opportunity } from "../model/entities";
import type { ForecastCategory } from "../model/stageMap";
import { cellText, isBlankCell, PLAIN_NUMBER } from "./cells";
import { coerceAmount } from "./coerceAmount";
import { coerceDate } from "./coerceDate";
import { coerceProbability } from "./coerceProbability";
import { checkOpportunity } from "./checkOpportunity";
import { columnLabel, ImportPlan } from "./importPlan";
import type { ImportField, RowProblem } from "./importTypes";
import { RowCaches } from "./rowCaches";
import { stableId } from "./slug";

/*
 * Hot-path bindings. The CLI runs through tsx, whose CommonJS output reads every imported function
 * through a getter on each call; module-local bindings make the calls direct (measured: about 10% of a
 * million-row import).
 */
const blank = isBlankCell;
const textOf = cellText;
const readDate = coerceDate;
const readAmount = coerceAmount;
const readProbability = coerceProbability;
const check = checkOpportunity;
const idFor = stableId;
const labelOf = columnLabel;

/** One row read: the opportunity, or every problem found; plus what the importer needs for derived records and notes. */
export interface RowRead {
  opportunity: Opportunity | null;
  problems: RowProblem[];
  accountName: string;
  ownerName: string;
  createdFromClose: boolean;
  currencyFromSettings: boolean;
  idDerived: boolean;
  keptStage: { stage: string; category: ForecastCategory; probability?: number } | null;
}

/** Records without extra columns share one frozen empty `extra`: a million empty objects cost the garbage collector more than the rest of the row. */
const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;
/** Most rows have no problem: they share this empty list and a row's own list is made at its first problem. */
const NO_PROBLEMS: RowProblem[] = Object.freeze([]) as unknown as RowProblem[];

/**
 * Reads data rows into opportunities with the plan's columns, coercions and derivations, collecting
 * every problem of a row (not just the first) so the user can fix it in one pass. A class rather than
 * a function with closures because it runs once per row of million-row files: the plan is resolved
 * once and a few distinct stage, category and currency texts are cached across rows.
 * @example new OpportunityRowReader(plan).read(["O-1", "Renewal", "", "R1", "Closed Won", "", "1200", "USD", "", "", "2026-11-27", "", "", ""], 2).opportunity?.amount // 1200
 */
export class OpportunityRowReader {
  private readonly cache: RowCaches;
  private row: readonly CellValue[] = [];
  private rowNumber = 0;
  private problems: RowProblem[] = NO_PROBLEMS;

  constructor(private readonly plan: ImportPlan) {
    this.cache = new RowCaches(plan);
  }

  /** A field's cell, or the field's default when the cell is blank or the column absent. */
  private raw(field: ImportField): CellValue | undefined {
    const index = this.plan.columns[field];
    const cell = index === undefined ? undefined : this.row[index];
    return blank(cell) ? this.plan.defaults[field] : cell;
  }

  private text(field: ImportField): string {
    return textOf(this.raw(field));
  }

  private problem(field: ImportField, code: string, reason: string): void {
    if (this.problems === NO_PROBLEMS) this.problems = [];
    this.problems.push({ row: this.rowNumber, column: labelOf(this.plan, field), value: this.text(field), code, reason });
  }

  private date(field: "closeDate" | "createdDate"): string {
    const parsed = readDate(this.raw(field), this.plan.dateOrder);
    if (parsed.ok) return parsed.value;
    this.problem(field, parsed.code, parsed.reason);
    return "";
  }

  /** Reads one row; `rowNumber` is its 1-based number in the sheet or file. */
  read(row: readonly CellValue[], rowNumber: number): RowRead {
    this.row = row;
    this.rowNumber = rowNumber;
    this.problems = NO_PROBLEMS;
    const plan = this.plan;
    const name = this.text("name");
    const accountName = this.text("accountName");
    const ownerName = this.text("ownerName");
    const accountId = this.text("accountId") || (accountName ? idFor(accountName) : "");
    let id = this.text("id");
    const idDerived = plan.columns.id === undefined && plan.defaults.id === undefined;
    if (idDerived && name) id = `${accountId ? `${accountId}-` : ""}${idFor(name)}`;
    if (!id) this.problem(idDerived ? "name" : "id", "missing_id", idDerived ? "no id column and no name to derive one from: add the opportunity id column" : "the id is empty: fill it in");
    const ownerId = this.text("ownerId") || (ownerName ? idFor(ownerName) : "");
    if (!ownerId) this.problem(plan.columns.ownerId !== undefined ? "ownerId" : "ownerName", "missing_owner", "the owner is empty: fill in the opportunity owner");

    const categoryText = this.text("forecastCategory");
    const sourceCategory = categoryText ? this.cache.category(categoryText) : null;
    if (categoryText && !sourceCategory) this.problem("forecastCategory", "invalid_category", `"${categoryText}" is not a forecast category: use Pipeline, Best Case, Commit, Closed or Omitted`);
    const statusText = this.text("status");
    const stageText = this.text("stage");
    const stage = this.cache.stage(statusText, stageText, sourceCategory);
    if (!stage.ok) this.problem(stage.field, stage.code, stage.reason);
    // The source's category wins over the stage's default, except that closed stages keep their own.
    const category = stage.ok ? (sourceCategory && !stage.closed ? sourceCategory : stage.category) : "Pipeline";

    let amount = 0;
    let amountCurrency: string | null = null;
    const amountCell = this.raw("amount");
    if (blank(amountCell)) this.problem("amount", "missing_amount", "the amount is empty: fill it in");
    else {
      const parsed = readAmount(amountCell, plan.decimal);
      if (!parsed.ok) this.problem("amount", parsed.code, parsed.reason);
      else if (parsed.value.amount < 0 && !plan.allowNegativeAmounts) this.problem("amount", "negative_amount", "the amount is negative: an opportunity's amount is what the customer pays; fix the sign");
      else ({ amount, currency: amountCurrency } = parsed.value);
    }

    const currencyText = this.text("currency");
    let currency = currencyText ? this.cache.currency(currencyText) : null;
    if (currencyText && !currency) this.problem("currency", "invalid_currency", `"${currencyText}" is not a currency: use an ISO code such as USD or EUR`);
    else if (currency && amountCurrency && currency !== amountCurrency && plan.columns.currency !== undefined && !blank(row[plan.columns.currency])) {
      this.problem("amount", "currency_conflict", `the amount is in ${amountCurrency} but the currency column says ${currency}: make them agree`);
    }
    // A currency column wins; an amount written with a symbol beats a default the user gave for the whole file.
    if (amountCurrency && (plan.columns.currency === undefined || blank(row[plan.columns.currency]))) currency = amountCurrency;
    const currencyFromSettings = currency === null;
    currency ??= plan.fallbackCurrency;

    let probability: number | null = null;
    if (!blank(this.raw("probability"))) {
      const parsed = readProbability(this.raw("probability"));
      if (parsed.ok) probability = parsed.value;
      else this.problem("probability", parsed.code, parsed.reason);
    }

    let closeDate = "";
    if (blank(this.raw("closeDate"))) this.problem("closeDate", "missing_close_date", "the close date is empty: fill in the expected close date");
    else closeDate = this.date("closeDate");
    const createdFromClose = blank(this.raw("createdDate"));
    const createdDate = createdFromClose ? closeDate : this.date("createdDate");

    let termMonths: number | null = null;
    const term = this.raw("termMonths");
    if (!blank(term)) {
      termMonths = typeof term === "number" ? term : PLAIN_NUMBER.test(textOf(term)) ? Number(textOf(term)) : NaN;
      if (!(termMonths > 0 && Number.isFinite(termMonths))) this.problem("termMonths", "invalid_term", "the term must be a positive number of months");
    }

    let extra = NO_EXTRA;
    for (const column of plan.extras) {
      const value = textOf(row[column.index]);
      if (value === "") continue;
      if (extra === NO_EXTRA) extra = {};
      extra[column.name] = value;
    }
    const read: RowRead = { opportunity: null, problems: this.problems, accountName, ownerName, createdFromClose, currencyFromSettings, idDerived, keptStage: null };
    if (this.problems.length > 0 || !stage.ok) return read;
    const opportunity: Opportunity = {
      id,
      name,
      accountId: this.cache.intern(accountId),
      ownerId: this.cache.intern(ownerId),
      stage: stage.stage,
      forecastCategory: category,
      amount,
      currency,
      probability,
      createdDate,
      closeDate,
      type: this.cache.intern(this.text("type")),
      product: this.cache.intern(this.text("product")),
      termMonths,
      extra,
    };
    const invalid = check(opportunity);
    if (invalid) {
      read.problems = [{ row: rowNumber, column: invalid, value: String(opportunity[invalid]), code: "invalid_value", reason: `${invalid} is not valid: fix the cell` }];
      return read;
    }
    read.opportunity = opportunity;
    if (stage.kept) read.keptStage = { stage: stage.stage, category: stage.category, probability: stage.kept.probability };
    return read;
  }
}
