/**
 * Integer fen written as yuan for people. Integer arithmetic only, so no float rounding can creep
 * into a price; every room that words an amount uses these (the web app keeps its own copy, as it
 * shares no code with the server but the wire contract).
 */

/** Yuan with two decimals, without the sign: 1250 → "12.50", -300 → "-3.00". */
export function yuanDigits(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Yuan with the sign: 1250 → "¥12.50", -300 → "-¥3.00". */
export function formatFen(fen: number): string {
  const digits = yuanDigits(fen);
  return digits.startsWith("-") ? `-¥${digits.slice(1)}` : `¥${digits}`;
}

/** Whole yuan without decimals, otherwise two: 1200 → "12", 1250 → "12.50". */
export function yuanShort(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : yuanDigits(fen);
}
