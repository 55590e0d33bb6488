/**
 * Reads the amount typed into the adjustment form. Managers type figures the way they say them:
 * "1,250,000", "$1.25M", "850k". Blank means "clear the override" (null); anything else unreadable
 * is "invalid" so the form can say so instead of saving a wrong figure.
 * @example parseAmountInput("$1.25M") // 1250000
 */
export function parseAmountInput(text: string): number | null | "invalid" {
  const cleaned = text.replace(/[\s,$€£¥]/g, "").toLowerCase();
  if (cleaned === "") return null;
  const match = /^(-?\d+(?:\.\d+)?|-?\.\d+)([km]?)$/.exec(cleaned);
  if (!match) return "invalid";
  const scale = match[2] === "k" ? 1_000 : match[2] === "m" ? 1_000_000 : 1;
  // Scaled in integer steps where possible so "1.1m" is 1100000, not 1100000.0000000002.
  return Math.round(Number(match[1]) * scale * 100) / 100;
}

/** The figure as the form prefills it: whole units with separators, as a manager would type it. */
export function amountText(amount: number): string {
  return Math.round(amount).toLocaleString("en-US");
}
