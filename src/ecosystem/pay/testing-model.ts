import { platformFee } from "./accounts.ts";

/**
 * A deliberately simple model of the pay service for property tests: plain maps, no ledger. The real
 * service must agree with it on every outcome (which call succeeds, which error code) and on balances.
 */
export type Operation = "create" | "confirm" | "capture" | "cancel" | "refund" | "transfer";

export type Outcome = { ok: true } | { ok: false; code: string };

export interface ModelIntent {
  id: string;
  userId: string;
  amountFen: number;
  capturedFen: number;
  refundedFen: number;
  status: "requires_confirmation" | "requires_capture" | "succeeded" | "canceled";
  payee: string;
  byCard: boolean;
}

export class PayModel {
  readonly wallets = new Map<string, number>();
  readonly held = new Map<string, number>();
  readonly intents: ModelIntent[] = [];
  declinePending = false;

  constructor(balances: Record<string, number>) {
    for (const [userId, fen] of Object.entries(balances)) {
      this.wallets.set(userId, fen);
      this.held.set(userId, 0);
    }
  }

  #add(map: Map<string, number>, userId: string, fen: number) {
    map.set(userId, (map.get(userId) ?? 0) + fen);
  }

  #payeeUser(payee: string): string | undefined {
    return payee.startsWith("user:") ? payee.slice("user:".length) : undefined;
  }

  #intent(id: string): ModelIntent | undefined {
    return this.intents.find((intent) => intent.id === id);
  }

  /** Predicts a create; the caller adds the intent with its real id on success. */
  create(userId: string, payee: string): Outcome {
    if (this.#payeeUser(payee) === userId) return { ok: false, code: "invalid_argument" };
    return { ok: true };
  }

  confirm(intentId: string): Outcome {
    const intent = this.#intent(intentId);
    if (!intent) return { ok: false, code: "not_found" };
    if (intent.status !== "requires_confirmation") return { ok: false, code: "invalid_state" };
    if (this.declinePending) {
      this.declinePending = false;
      return { ok: false, code: "payment_declined" };
    }
    if (!intent.byCard) {
      if ((this.wallets.get(intent.userId) ?? 0) < intent.amountFen)
        return { ok: false, code: "insufficient_balance" };
      this.#add(this.wallets, intent.userId, -intent.amountFen);
      this.#add(this.held, intent.userId, intent.amountFen);
    }
    intent.status = "requires_capture";
    return { ok: true };
  }

  #release(intent: ModelIntent, keptFen: number) {
    if (!intent.byCard) {
      this.#add(this.held, intent.userId, -intent.amountFen);
      this.#add(this.wallets, intent.userId, intent.amountFen - keptFen);
    }
  }

  capture(intentId: string, amountFen: number | undefined): Outcome {
    const intent = this.#intent(intentId);
    if (!intent) return { ok: false, code: "not_found" };
    if (intent.status !== "requires_capture") return { ok: false, code: "invalid_state" };
    const capturedFen = amountFen ?? intent.amountFen;
    if (capturedFen > intent.amountFen) return { ok: false, code: "amount_exceeds_authorized" };
    this.#release(intent, capturedFen);
    const payeeUser = this.#payeeUser(intent.payee);
    if (payeeUser) this.#add(this.wallets, payeeUser, capturedFen - platformFee(intent.payee, capturedFen));
    intent.capturedFen = capturedFen;
    intent.status = "succeeded";
    return { ok: true };
  }

  cancel(intentId: string): Outcome {
    const intent = this.#intent(intentId);
    if (!intent) return { ok: false, code: "not_found" };
    if (intent.status === "requires_capture") this.#release(intent, 0);
    else if (intent.status !== "requires_confirmation") return { ok: false, code: "invalid_state" };
    intent.status = "canceled";
    return { ok: true };
  }

  /** What the stepper does when authorizations expire. */
  expireAll(): void {
    for (const intent of this.intents.filter((candidate) => candidate.status === "requires_capture")) {
      this.#release(intent, 0);
      intent.status = "canceled";
    }
  }

  refund(intentId: string, amountFen: number): Outcome {
    const intent = this.#intent(intentId);
    if (!intent) return { ok: false, code: "not_found" };
    if (intent.status !== "succeeded") return { ok: false, code: "invalid_state" };
    if (amountFen > intent.capturedFen - intent.refundedFen)
      return { ok: false, code: "amount_exceeds_refundable" };
    const payeeUser = this.#payeeUser(intent.payee);
    if (payeeUser) {
      if ((this.wallets.get(payeeUser) ?? 0) < amountFen) return { ok: false, code: "insufficient_balance" };
      this.#add(this.wallets, payeeUser, -amountFen);
    }
    if (!intent.byCard) this.#add(this.wallets, intent.userId, amountFen);
    intent.refundedFen += amountFen;
    return { ok: true };
  }

  /** Predicts a transfer; on success the caller adds the intent with its real id. */
  transfer(fromUserId: string, toUserId: string, amountFen: number, byCard: boolean): Outcome {
    if (fromUserId === toUserId) return { ok: false, code: "invalid_argument" };
    if (this.declinePending) {
      this.declinePending = false;
      return { ok: false, code: "payment_declined" };
    }
    if (!byCard) {
      if ((this.wallets.get(fromUserId) ?? 0) < amountFen) return { ok: false, code: "insufficient_balance" };
      this.#add(this.wallets, fromUserId, -amountFen);
    }
    this.#add(this.wallets, toUserId, amountFen);
    return { ok: true };
  }
}
