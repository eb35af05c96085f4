/**
 * Yuan as people type them ↔ integer fen as the API carries them. Parsing works on the digits, never
 * through floating point, so "0.07" is 7 fen and not 7.000000000000001.
 */

export type YuanParse = { ok: true; fen: number } | { ok: false; reason: "empty" | "format" | "precision" };

// Up to 9 digits of yuan (¥999,999,999) keeps every value a safe integer of fen.
const YUAN = /^(\d{1,9})(?:\.(\d*))?$/;

/**
 * Reads an amount in yuan: "50", "12.5", "¥1,000.00", "１２" (full-width digits from a Chinese IME)
 * and "0.07" are fine; more than two decimals, signs and letters are not.
 */
export function parseYuan(text: string): YuanParse {
  const cleaned = toHalfWidth(text)
    .trim()
    .replace(/^[¥￥]\s*/, "")
    .replace(/,(?=\d{3}(?:\D|$))/g, "");
  if (cleaned === "") return { ok: false, reason: "empty" };
  const match = YUAN.exec(cleaned);
  if (!match) return { ok: false, reason: "format" };
  const [, whole = "0", decimals = ""] = match;
  if (decimals.length > 2) {
    return /^\d{2}0+$/.test(decimals) ? fen(whole, decimals.slice(0, 2)) : { ok: false, reason: "precision" };
  }
  return fen(whole, decimals);
}

function fen(whole: string, decimals: string): YuanParse {
  return { ok: true, fen: Number(whole) * 100 + Number(decimals.padEnd(2, "0")) };
}

/** Fen as a value for an input: whole yuan without decimals ("5000"), else two decimals ("12.50"). */
export function yuanText(fen: number): string {
  const whole = Math.trunc(fen / 100);
  const cents = Math.abs(fen % 100);
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, "0")}`;
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
