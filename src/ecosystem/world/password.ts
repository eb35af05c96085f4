import { randomBytes, scrypt, scryptSync, timingSafeEqual } from "node:crypto";

/** Default scrypt cost (N) for PINs and legacy hashes; block size 8, parallelism 1. */
export const DEFAULT_SCRYPT_COST = 16_384;

/**
 * The cost real account passwords are hashed at: one of OWASP's equivalent scrypt settings
 * (N=2^14, r=8, p=5; 16 MiB, within node's default memory cap), so a login costs about as much as
 * N=2^17 with p=1 without needing 128 MiB per attempt.
 */
export const ACCOUNT_SCRYPT = { cost: 16_384, blockSize: 8, parallelization: 5 } as const;

export interface ScryptParams {
  cost: number;
  blockSize: number;
  parallelization: number;
}

/**
 * scrypt password hashing from node:crypto; stored as `scrypt$N$salt$hash` (r=8, p=1) or
 * `scrypt$N:r:p$salt$hash` (hex), so the cost can differ per account: the seeded sandbox accounts use
 * a low cost to keep seeding fast and are re-hashed at the account cost on their first sign-in.
 */
export function hashPassword(password: string, options: { salt?: string; cost?: number } = {}): string {
  const salt = options.salt ?? randomBytes(16).toString("hex");
  const cost = options.cost ?? DEFAULT_SCRYPT_COST;
  const hash = scryptSync(password, salt, 32, { N: cost }).toString("hex");
  return `scrypt$${cost}$${salt}$${hash}`;
}

/** `hashPassword` off the main thread (libuv's pool), so many accounts hash in parallel. */
export async function hashPasswordAsync(
  password: string,
  options: { salt?: string; cost: number; blockSize?: number; parallelization?: number },
): Promise<string> {
  const params = {
    cost: options.cost,
    blockSize: options.blockSize ?? 8,
    parallelization: options.parallelization ?? 1,
  };
  const salt = options.salt ?? randomBytes(16).toString("hex");
  const hash = await scryptAsync(password, salt, params);
  return `scrypt$${paramsText(params)}$${salt}$${hash.toString("hex")}`;
}

/** Checks a password against a stored hash on the event loop (short PINs at low cost only). */
export function verifyPassword(password: string, stored: string): boolean {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  const candidate = scryptSync(password, parsed.salt, 32, scryptOptions(parsed.params));
  return sameBytes(candidate, parsed.hash);
}

/** Checks a password against a stored hash on libuv's pool, so a login flood leaves the event loop free. */
export async function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  return sameBytes(await scryptAsync(password, parsed.salt, parsed.params), parsed.hash);
}

/** Whether a stored hash is weaker than `target` (and should be re-hashed at sign-in). */
export function needsRehash(stored: string, target: ScryptParams = ACCOUNT_SCRYPT): boolean {
  const parsed = parseStored(stored);
  if (!parsed) return true;
  const work = ({ cost, blockSize, parallelization }: ScryptParams) => cost * blockSize * parallelization;
  return work(parsed.params) < work(target);
}

function parseStored(stored: string) {
  const [scheme, paramText, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !paramText || !salt || !hash) return undefined;
  const [cost, blockSize = 8, parallelization = 1] = paramText.split(":").map(Number);
  const params = { cost: cost ?? Number.NaN, blockSize, parallelization };
  if (![params.cost, blockSize, parallelization].every((value) => Number.isInteger(value) && value > 0))
    return undefined;
  return { params, salt, hash: Buffer.from(hash, "hex") };
}

const paramsText = ({ cost, blockSize, parallelization }: ScryptParams) =>
  blockSize === 8 && parallelization === 1 ? String(cost) : `${cost}:${blockSize}:${parallelization}`;

const scryptOptions = ({ cost, blockSize, parallelization }: ScryptParams) => ({
  N: cost,
  r: blockSize,
  p: parallelization,
  // 128·N·r bytes plus slack; node's default cap is 32 MiB.
  maxmem: Math.max(32 * 1024 * 1024, 256 * cost * blockSize),
});

function scryptAsync(password: string, salt: string, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, 32, scryptOptions(params), (error, hash) => {
      if (error) reject(error);
      else resolve(hash);
    });
  });
}

const sameBytes = (candidate: Buffer, expected: Buffer) =>
  expected.length === candidate.length && timingSafeEqual(candidate, expected);
