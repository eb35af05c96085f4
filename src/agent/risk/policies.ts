import { hashPassword, verifyPassword } from "../../ecosystem/world/password.ts";
import { findUser } from "../../ecosystem/world/users.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import type { RiskPoliciesTable } from "./tables.ts";

/** A user's spending rules, as the API shows them. Money is integer fen. */
export interface UserPolicy {
  perOrderLimitFen: number;
  dailyLimitFen: number;
  /** Merchant ids (or payees such as "user:u_bob"); empty means every merchant is allowed. */
  merchantAllow: string[];
  merchantBlock: string[];
  /** Small repeat orders up to this amount skip the risk step-up (小额免密); 0 = off (the default). */
  autoApproveFen: number;
  /** Payments above this amount need the PIN. */
  stepUpAboveFen: number;
  pinSet: boolean;
}

/**
 * The defaults: everyday orders, tickets for two and a taxi go through with one tap; anything above
 * ¥2,000 needs the PIN; ¥5,000 per payment and ¥10,000 a day at most.
 */
export const DEFAULT_POLICY: Omit<UserPolicy, "pinSet"> = {
  perOrderLimitFen: 500_000,
  dailyLimitFen: 1_000_000,
  merchantAllow: [],
  merchantBlock: [],
  autoApproveFen: 0,
  stepUpAboveFen: 200_000,
};

/**
 * Seeded demo users who never set a PIN answer step-up prompts with this one (documented in
 * docs/SECURITY.md and the README); real users must set their own.
 */
export const DEMO_PIN = "123456";

const PIN_MAX_FAILURES = 5;
const PIN_LOCK_MS = 15 * 60_000;
// PINs are short, so a lower scrypt cost than passwords buys little; the lockout is the real defence.
const PIN_SCRYPT_COST = 4096;

/** Normalises a policy entry: a bare merchant id means that merchant's payee. */
export function payeeOf(entry: string): string {
  return entry.includes(":") ? entry : `merchant:${entry}`;
}

/** Reads and writes `risk_policies`; a user without a row has the defaults. */
export class PolicyStore {
  constructor(private readonly context: ServiceContext) {}

  async #row(userId: string): Promise<RiskPoliciesTable | undefined> {
    return this.context.db
      .selectFrom("risk_policies")
      .selectAll()
      .where("user_id", "=", userId)
      .executeTakeFirst();
  }

  /** The user's effective policy. */
  async get(userId: string): Promise<UserPolicy> {
    const row = await this.#row(userId);
    if (!row) return { ...DEFAULT_POLICY, pinSet: await this.#isDemo(userId) };
    return {
      perOrderLimitFen: Number(row.per_order_limit_fen),
      dailyLimitFen: Number(row.daily_limit_fen),
      merchantAllow: parseList(row.merchant_allow),
      merchantBlock: parseList(row.merchant_block),
      autoApproveFen: Number(row.auto_approve_fen),
      stepUpAboveFen: Number(row.step_up_above_fen),
      pinSet: row.pin_hash !== null || (await this.#isDemo(userId)),
    };
  }

  /** Stores a changed policy (already validated) and, when given, a new PIN (stored hashed). */
  async save(userId: string, policy: Omit<UserPolicy, "pinSet">, newPin?: string): Promise<UserPolicy> {
    const existing = await this.#row(userId);
    const values = {
      per_order_limit_fen: policy.perOrderLimitFen,
      daily_limit_fen: policy.dailyLimitFen,
      merchant_allow: JSON.stringify(policy.merchantAllow),
      merchant_block: JSON.stringify(policy.merchantBlock),
      auto_approve_fen: policy.autoApproveFen,
      step_up_above_fen: policy.stepUpAboveFen,
      updated_at: this.context.clock.now(),
      ...(newPin ? { pin_hash: hashPassword(newPin, { cost: PIN_SCRYPT_COST }), pin_failures: 0 } : {}),
    };
    if (existing) {
      await this.context.db.updateTable("risk_policies").set(values).where("user_id", "=", userId).execute();
    } else {
      await this.context.db
        .insertInto("risk_policies")
        .values({ user_id: userId, pin_hash: null, pin_failures: 0, pin_locked_until: 0, ...values })
        .execute();
    }
    return this.get(userId);
  }

  /**
   * Checks a step-up PIN. Five wrong PINs lock step-up for 15 minutes (`pin_locked`); a user with no
   * PIN gets `pin_not_set`. Demo users without a PIN of their own use DEMO_PIN.
   */
  async verifyPin(userId: string, pin: string): Promise<void> {
    const now = this.context.clock.now();
    const row = await this.#row(userId);
    if (row && Number(row.pin_locked_until) > now) {
      throw new DimpleError("pin_locked", "too many wrong PINs; try again in 15 minutes", {
        status: 423,
        field: "pin",
      });
    }
    const hash = row?.pin_hash ?? (await this.#demoPinHash(userId));
    if (!hash) {
      throw new DimpleError("pin_not_set", "set a payment PIN first (PUT /api/policies {pin})", {
        status: 403,
        field: "pin",
      });
    }
    if (verifyPassword(pin, hash)) {
      if (row && Number(row.pin_failures) > 0)
        await this.context.db
          .updateTable("risk_policies")
          .set({ pin_failures: 0 })
          .where("user_id", "=", userId)
          .execute();
      return;
    }
    if (!row) await this.save(userId, DEFAULT_POLICY);
    const failures = Number(row?.pin_failures ?? 0) + 1;
    await this.context.db
      .updateTable("risk_policies")
      .set({
        pin_failures: failures >= PIN_MAX_FAILURES ? 0 : failures,
        pin_locked_until: failures >= PIN_MAX_FAILURES ? now + PIN_LOCK_MS : 0,
      })
      .where("user_id", "=", userId)
      .execute();
    throw new DimpleError("pin_invalid", "the PIN is wrong", { status: 403, field: "pin" });
  }

  async #isDemo(userId: string): Promise<boolean> {
    return Number((await findUser(this.context, userId))?.demo ?? 0) === 1;
  }

  async #demoPinHash(userId: string): Promise<string | undefined> {
    return (await this.#isDemo(userId)) ? demoPinHash() : undefined;
  }
}

// Hashed once, on first use (not at start-up), with a fixed salt: it is a published default, not a secret.
let demoPinHashText: string | undefined;
const demoPinHash = () =>
  (demoPinHashText ??= hashPassword(DEMO_PIN, { salt: "dimple-demo-pin", cost: PIN_SCRYPT_COST }));

function parseList(text: string): string[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}
