/** Deterministic opportunity-like rows (the canonical opportunities.csv columns) for write tests and the bench. */
import type { CellValue } from "../../src/core/model/canonicalFiles";

export const OPPORTUNITY_COLUMNS = [
  "id", "name", "account_id", "owner_id", "stage", "forecast_category", "amount", "currency",
  "probability", "created_date", "close_date", "type", "product", "term_months",
];

/** Formats per column: ISO date strings become real dates in the date columns. */
export const OPPORTUNITY_FORMATS: (string | null)[] = [null, null, null, null, null, null, "#,##0.00", null, "0%", "yyyy-mm-dd", "yyyy-mm-dd", null, null, "0"];

const STAGES: [string, string, number][] = [
  ["Prospecting", "Pipeline", 0.1], ["Qualification", "Pipeline", 0.2], ["Proposal", "Best Case", 0.5],
  ["Negotiation", "Commit", 0.8], ["Closed Won", "Closed", 1], ["Closed Lost", "Omitted", 0],
];
const PRODUCTS = ["Analytics Cloud", "Data Platform", "Security Suite", "Integration Hub"];
const CURRENCIES = ["USD", "EUR", "GBP", "JPY", "BRL"];

/** A small linear congruential generator: the same seed always gives the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const isoDay = (serialFrom2024: number) => new Date(Date.UTC(2024, 0, 1) + serialFrom2024 * 86400000).toISOString().slice(0, 10);

/** Header row plus `count` data rows. */
export function opportunityRows(count: number, seed = 1): CellValue[][] {
  const next = random(seed);
  const rows: CellValue[][] = [OPPORTUNITY_COLUMNS];
  for (let i = 1; i <= count; i++) {
    const [stage, category, probability] = STAGES[Math.floor(next() * STAGES.length)];
    const created = Math.floor(next() * 900);
    rows.push([
      `OPP-${String(i).padStart(7, "0")}`,
      `${PRODUCTS[i % PRODUCTS.length]} expansion for account ${1 + Math.floor(next() * 600)}`,
      `ACC-${String(1 + Math.floor(next() * 600)).padStart(5, "0")}`,
      `REP-${String(1 + Math.floor(next() * 40)).padStart(3, "0")}`,
      stage,
      category,
      Math.round(next() * 25000000) / 100,
      CURRENCIES[Math.floor(next() * CURRENCIES.length)],
      probability,
      isoDay(created),
      isoDay(created + 14 + Math.floor(next() * 200)),
      next() < 0.6 ? "New Business" : "Renewal",
      PRODUCTS[Math.floor(next() * PRODUCTS.length)],
      [12, 24, 36][Math.floor(next() * 3)],
    ]);
  }
  return rows;
}
