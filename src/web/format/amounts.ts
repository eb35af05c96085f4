/** What happened to the money of one task, in fen: held on confirming, then charged, released, refunded. */
export interface SettledAmounts {
  /** The amount that is the task's price now: what was charged once it was, else what is held. */
  headlineFen: number;
  heldFen: number;
  chargedFen: number | null;
  /** The part of the hold that went back without being charged (a fare under its cap). */
  releasedFen: number;
  refundedFen: number;
  /** Whether more than one figure is worth showing (anything but "held = charged, nothing back"). */
  detailed: boolean;
}

/**
 * The money of a task from its hold (`heldFen`, the quoted total), what was captured (`paidFen`,
 * 0 or absent before) and what was refunded since. Every surface (card, History) shows these same
 * figures, so they agree to the fen.
 */
export function settledAmounts(
  heldFen: number,
  paidFen?: number | null,
  refundedFen?: number | null,
): SettledAmounts {
  const charged = paidFen && paidFen > 0 ? paidFen : null;
  const refunded = refundedFen && refundedFen > 0 ? refundedFen : 0;
  const released = charged !== null && charged < heldFen ? heldFen - charged : 0;
  return {
    headlineFen: charged ?? heldFen,
    heldFen,
    chargedFen: charged,
    releasedFen: released,
    refundedFen: refunded,
    detailed: released > 0 || refunded > 0,
  };
}

/** For a statement line that captured part of a hold: the part of the hold that went back (fen). */
export function releasedOnCapture(line: { kind: string; heldFen: number; netFen: number }): number {
  if (line.kind !== "capture" || line.heldFen >= 0) return 0;
  const released = -line.heldFen + line.netFen;
  return Math.max(released, 0);
}
