/**
 * Formats integer fen as yuan with two decimals, e.g. 1250 → "¥12.50", -300 → "-¥3.00".
 * Integer arithmetic only, so no float rounding can creep into a price.
 */
export function formatFen(fen: number): string {
  if (!Number.isFinite(fen)) return "¥—";
  const whole = Math.round(fen);
  const sign = whole < 0 ? "-" : "";
  const absolute = Math.abs(whole);
  const yuan = Math.trunc(absolute / 100);
  const cents = absolute % 100;
  return `${sign}¥${yuan.toLocaleString("en-US")}.${String(cents).padStart(2, "0")}`;
}
