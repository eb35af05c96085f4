import { randomBytes, scrypt, scryptSync, timingSafeEqual } from "node:crypto";

/** Default scrypt cost for real accounts. */
export const DEFAULT_SCRYPT_COST = 16_384;

/**
 * scrypt password hashing from node:crypto; stored as `scrypt$cost$salt$hash` (hex), so the cost can
 * differ per account: the seeded sandbox accounts use a low cost to keep seeding fast.
 */
export function hashPassword(password: string, options: { salt?: string; cost?: number } = {}): string {
  const salt = options.salt ?? randomBytes(16).toString("hex");
  const cost = options.cost ?? DEFAULT_SCRYPT_COST;
  const hash = scryptSync(password, salt, 32, { N: cost }).toString("hex");
  return `scrypt$${cost}$${salt}$${hash}`;
}

/** `hashPassword` off the main thread (libuv's pool), so many accounts hash in parallel. */
export function hashPasswordAsync(
  password: string,
  options: { salt: string; cost: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(password, options.salt, 32, { N: options.cost }, (error, hash) => {
      if (error) reject(error);
      else resolve(`scrypt$${options.cost}$${options.salt}$${hash.toString("hex")}`);
    });
  });
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, costText, salt, hash] = stored.split("$");
  const cost = Number(costText);
  if (scheme !== "scrypt" || !Number.isInteger(cost) || !salt || !hash) return false;
  const candidate = scryptSync(password, salt, 32, { N: cost });
  const expected = Buffer.from(hash, "hex");
  return expected.length === candidate.length && timingSafeEqual(candidate, expected);
}
