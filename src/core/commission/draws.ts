/**
 * Draws and guarantees. A guarantee tops earnings up to the guaranteed amount; the top-up is the
 * draw. A recoverable draw is owed back: the balance carries across periods and is recovered from
 * later earnings above the guarantee (never taking the payout below it). A non-recoverable draw is
 * simply paid.
 */

export interface DrawOutcome {
  /** Draw paid this period (cents, ≥ 0). */
  drawCents: number;
  /** Recovered from earnings this period (cents, ≥ 0). */
  recoveryCents: number;
  /** Recoverable balance after the period (cents). */
  balanceCents: number;
}

/**
 * One period of a draw, in whole cents. `guaranteeCents` is 0 when the plan has no draw (a balance
 * from an earlier plan is then still recovered from positive earnings).
 * @example applyDraw(50000, 100000, 0, true) // { drawCents: 50000, recoveryCents: 0, balanceCents: 50000 }
 * @example applyDraw(150000, 100000, 80000, true) // { drawCents: 0, recoveryCents: 50000, balanceCents: 30000 }
 */
export function applyDraw(earningsCents: number, guaranteeCents: number, balanceCents: number, recoverable: boolean): DrawOutcome {
  if (guaranteeCents > 0 && earningsCents < guaranteeCents) {
    const drawCents = guaranteeCents - earningsCents;
    return { drawCents, recoveryCents: 0, balanceCents: recoverable ? balanceCents + drawCents : balanceCents };
  }
  const recoveryCents = Math.min(balanceCents, earningsCents - guaranteeCents);
  return { drawCents: 0, recoveryCents: Math.max(0, recoveryCents), balanceCents: balanceCents - Math.max(0, recoveryCents) };
}
