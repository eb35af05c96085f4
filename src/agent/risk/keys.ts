import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import type { ServiceContext } from "../../kernel/context.ts";

/** The server's mandate signing key, and every key it has ever signed with (to verify old mandates). */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

/** The key id of a public key: a short SHA-256 fingerprint of its SPKI form. */
export function keyId(publicKey: KeyObject): string {
  const der = publicKey.export({ format: "der", type: "spki" });
  return `k_${createHash("sha256").update(der).digest("hex").slice(0, 16)}`;
}

/**
 * Loads and caches Ed25519 keys from `risk_keys`. The first use in an empty database generates one
 * and stores it, so mandates signed before a restart still verify after it. (A production
 * deployment would keep the private key in a KMS/HSM; see docs/SECURITY.md.)
 */
export class KeyRing {
  #signing: Promise<SigningKey> | undefined;
  #public = new Map<string, KeyObject>();

  constructor(private readonly context: ServiceContext) {}

  /** The key new mandates are signed with. */
  signingKey(): Promise<SigningKey> {
    this.#signing ??= this.#loadOrCreate().catch((error) => {
      this.#signing = undefined;
      throw error;
    });
    return this.#signing;
  }

  /** The public key with this id, or undefined for an unknown id. */
  async publicKey(kid: string): Promise<KeyObject | undefined> {
    const cached = this.#public.get(kid);
    if (cached) return cached;
    const row = await this.context.db
      .selectFrom("risk_keys")
      .select("public_key")
      .where("id", "=", kid)
      .executeTakeFirst();
    if (!row) return undefined;
    const key = createPublicKey({ key: Buffer.from(row.public_key, "base64"), format: "der", type: "spki" });
    this.#public.set(kid, key);
    return key;
  }

  async #loadOrCreate(): Promise<SigningKey> {
    const existing = await this.#newest();
    if (existing) return existing;
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    // Two processes may create a key at once; each keeps its own, and both verify (looked up by kid).
    await this.context.db
      .insertInto("risk_keys")
      .values({
        id: keyId(publicKey),
        algorithm: "Ed25519",
        public_key: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
        private_key: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
        created_at: this.context.clock.now(),
      })
      .execute();
    return { kid: keyId(publicKey), privateKey };
  }

  async #newest(): Promise<SigningKey | undefined> {
    const row = await this.context.db
      .selectFrom("risk_keys")
      .selectAll()
      .where("private_key", "is not", null)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .executeTakeFirst();
    if (!row?.private_key) return undefined;
    const privateKey = createPrivateKey({
      key: Buffer.from(row.private_key, "base64"),
      format: "der",
      type: "pkcs8",
    });
    return { kid: row.id, privateKey };
  }
}
