/** The kinds of claim the app has words for (`afterSale.kind.*`); others are shown as "Claim". */
export const CLAIM_KINDS: ReadonlySet<string> = new Set([
  "spilled",
  "missing_item",
  "wrong_item",
  "quality",
  "late",
  "detour",
  "lost_item",
  "ticket_refund",
]);
