/**
 * Words and number formats on a commission statement, shared by the statement builder and the
 * pane so a line's kind reads the same on screen and on the sheet.
 */
import type { LineKind, StatementLine } from "./types";
import type { Plan } from "./planSchema";

/** A line's kind as a statement shows it; the summary's SUMIF formulas match these words. */
export const LINE_KIND_LABELS: Record<LineKind, string> = {
  commission: "Commission",
  multiplier: "Multiplier",
  cap: "Cap",
  trueUp: "True-up",
  bonus: "Bonus",
  spif: "SPIF",
  clawback: "Clawback",
  adjustment: "Adjustment",
  draw: "Draw",
  drawRecovery: "Draw recovery",
};

/** The order components are summed on a statement: earnings first, then what tops them up or takes back. */
export const LINE_KIND_ORDER: readonly LineKind[] = ["commission", "multiplier", "cap", "trueUp", "bonus", "spif", "clawback", "adjustment", "draw", "drawRecovery"];

/** Symbols Excel shows in front of an amount; other currencies show their ISO code after it. */
const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };

/**
 * An Excel number format for amounts in a currency, in cents: statement lines are rounded to cents
 * (yen included, see docs/commissions.md), so two decimals always show what was paid.
 * @example currencyFormat("USD") // '"$"#,##0.00;-"$"#,##0.00'
 * @example currencyFormat("CHF") // '#,##0.00 "CHF";-#,##0.00 "CHF"'
 */
export function currencyFormat(currency: string): string {
  const symbol = SYMBOLS[currency];
  return symbol ? `"${symbol}"#,##0.00;-"${symbol}"#,##0.00` : `#,##0.00 "${currency}";-#,##0.00 "${currency}"`;
}

export const PERCENT_FORMAT = "0.0%";
export const RATE_FORMAT = "0.00%";

/**
 * The rate-table tier a line was paid at, by its label in the plan ("Core (50–100%)"), or "Tier 2"
 * when the tier has no label; null for lines that are not at a tier.
 * @example tierLabel({ planId: "AE-FY27", tier: 1 }, [DEMO_AE_PLAN]) // "Core (50–100%)"
 */
export function tierLabel(line: Pick<StatementLine, "planId" | "tier">, plans: readonly Plan[]): string | null {
  if (line.tier === null) return null;
  const label = plans.find((plan) => plan.id === line.planId)?.rates.tiers[line.tier]?.label?.trim();
  return label || `Tier ${line.tier + 1}`;
}
