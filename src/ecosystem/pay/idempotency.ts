import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError, type ErrorBody } from "../../kernel/errors.ts";
import { requestHash as hashRequest } from "../../kernel/idempotency.ts";
import { inTransaction } from "./ledger.ts";

/**
 * An in-flight claim older than this (in world time) is taken to belong to a crashed process. That is
 * safe to reclaim because the effect and the key's completion commit in one transaction: a claim still
 * in flight means its effect never committed, and a slow first holder whose claim was taken cannot
 * commit any more. It is generous because `serve --speed N` makes world time run N times faster.
 */
export const IN_FLIGHT_LEASE_MS = 10 * 60_000;

export interface IdempotentRequest {
  /** The operation, e.g. "pay.confirm"; keys are unique per operation. */
  scope: string;
  key: string;
  /** The request body the key is bound to (without the key). */
  body: unknown;
}

/** How an idempotent operation runs: checks outside any transaction, then the effect inside one. */
export interface IdempotentSteps<Prepared, Result> {
  /**
   * Reads, checks and outside calls (mandate verification, fault injection). It runs with no
   * transaction open, because on SQLite a transaction holds the only connection and an outside
   * verifier that queries the database would wait for it forever.
   */
  prepare: (context: ServiceContext) => Promise<Prepared>;
  /** The effect; it commits together with the key's stored result, or not at all. */
  apply: (scoped: ServiceContext, prepared: Prepared) => Promise<Result>;
}

type StoredOutcome = { ok: true; data: unknown } | { ok: false; error: ErrorBody; status: number };

/** The SHA-256 of a request body's canonical JSON: the kernel's `requestHash`, which every service uses. */
export { hashRequest };

function replay<Result>(outcome: string): Result {
  const stored = JSON.parse(outcome) as StoredOutcome;
  if (stored.ok) return stored.data as Result;
  const { code, message, field, details } = stored.error;
  throw DimpleError.relay(code, message, {
    status: stored.status,
    ...(field === undefined ? {} : { field }),
    ...(details === undefined ? {} : { details }),
  });
}

/**
 * Runs an operation at most once per Idempotency-Key. The key row is inserted (a unique primary key
 * decides the single winner) before any effect. Then:
 * - same key, same body, completed: the stored result is returned (or the stored error re-thrown), with
 *   no second effect; `replayed` tells the caller not to announce it again;
 * - same key, different body: `idempotency_conflict` (409);
 * - same key while the first call is still running: `idempotency_in_flight` (409).
 * Expected failures (a DimpleError: declined, insufficient balance, invalid state, a refused mandate)
 * are stored and replayed like successes, as Stripe does: retrying a declined request with the same key
 * reports the same decline, and a fresh attempt needs a fresh key. Unexpected errors (bugs, a lost
 * database connection) release the key, since their effect was rolled back and a retry is safe.
 */
export async function withIdempotency<Prepared, Result>(
  context: ServiceContext,
  request: IdempotentRequest,
  steps: IdempotentSteps<Prepared, Result>,
): Promise<{ result: Result; replayed: boolean }> {
  const requestHash = hashRequest(request.body);
  const claim = context.ids.next("claim");
  const keyRow = { scope: request.scope, key: request.key };

  for (let attempt = 0; ; attempt++) {
    const now = context.clock.now();
    const inserted = await context.db
      .insertInto("pay_idempotency_keys")
      .values({
        ...keyRow,
        request_hash: requestHash,
        state: "in_flight",
        claim,
        outcome: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((conflict) => conflict.columns(["scope", "key"]).doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 1n) break;

    const existing = await context.db
      .selectFrom("pay_idempotency_keys")
      .selectAll()
      .where("scope", "=", request.scope)
      .where("key", "=", request.key)
      .executeTakeFirst();
    if (!existing) {
      // Released by a failed first attempt between our insert and our read: try to claim it again.
      if (attempt < 3) continue;
      throw new DimpleError("idempotency_in_flight", "a request with this Idempotency-Key is in progress", {
        status: 409,
        field: "idempotencyKey",
      });
    }
    if (existing.request_hash !== requestHash) {
      throw new DimpleError(
        "idempotency_conflict",
        "this Idempotency-Key was already used with a different request; use a new key",
        { status: 409, field: "idempotencyKey" },
      );
    }
    if (existing.state === "completed" && existing.outcome !== null) {
      return { result: replay<Result>(existing.outcome), replayed: true };
    }
    const stale = existing.updated_at < now - IN_FLIGHT_LEASE_MS;
    if (stale) {
      const taken = await context.db
        .updateTable("pay_idempotency_keys")
        .set({ claim, updated_at: now })
        .where("scope", "=", request.scope)
        .where("key", "=", request.key)
        .where("claim", "=", existing.claim)
        .where("state", "=", "in_flight")
        .executeTakeFirst();
      if (taken.numUpdatedRows === 1n) break;
    }
    throw new DimpleError("idempotency_in_flight", "a request with this Idempotency-Key is in progress", {
      status: 409,
      field: "idempotencyKey",
    });
  }

  const complete = async (scoped: ServiceContext, outcome: StoredOutcome) => {
    const updated = await scoped.db
      .updateTable("pay_idempotency_keys")
      .set({ state: "completed", outcome: JSON.stringify(outcome), updated_at: scoped.clock.now() })
      .where("scope", "=", request.scope)
      .where("key", "=", request.key)
      .where("claim", "=", claim)
      .where("state", "=", "in_flight")
      .executeTakeFirst();
    // Someone reclaimed our key as stale: abort so our effect does not commit a second time.
    if (updated.numUpdatedRows !== 1n) throw new Error(`idempotency claim on ${request.key} was lost`);
  };

  try {
    const prepared = await steps.prepare(context);
    const stored = await inTransaction(context, async (scoped) => {
      const value = await steps.apply(scoped, prepared);
      // What callers get is exactly what a replay returns: the JSON form of the result.
      const data = JSON.parse(JSON.stringify(value ?? null)) as Result;
      await complete(scoped, { ok: true, data });
      return data;
    });
    return { result: stored, replayed: false };
  } catch (error) {
    if (error instanceof DimpleError) {
      if (!context.db.isTransaction) {
        await complete(context, { ok: false, error: error.toJSON(), status: error.status }).catch(() => {});
      }
      throw error;
    }
    if (!context.db.isTransaction) {
      await context.db
        .deleteFrom("pay_idempotency_keys")
        .where("scope", "=", request.scope)
        .where("key", "=", request.key)
        .where("claim", "=", claim)
        .where("state", "=", "in_flight")
        .execute()
        .catch(() => {});
    }
    throw error;
  }
}
