import fc from "fast-check";
import { expect, it } from "vitest";
import { DimpleError } from "../../kernel/errors.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { useTestWorld } from "../world/testing.ts";
import {
  AUTHORIZATION_TTL_MS,
  cancelPaymentIntent,
  capturePaymentIntent,
  confirmPaymentIntent,
  createPaymentIntent,
  getPaymentIntent,
  getWallet,
  type PaymentIntent,
  refundPayment,
  transfer,
  verifyLedger,
} from "./index.ts";
import { openTestPayer } from "./testing.ts";
import { type Operation, type Outcome, PayModel } from "./testing-model.ts";

// Small domains on purpose: they make repeated keys, same-body replays and clashes common.
const amount = fc.integer({ min: 1, max: 6_000 });
const party = fc.integer({ min: 0, max: 2 });
const ref = fc.nat({ max: 7 });
const key = fc.nat({ max: 5 });
const payee = fc.constantFrom("merchant", "platform", "user0", "user1", "user2");

const command = fc.oneof(
  fc.record({ op: fc.constant("create" as const), user: party, amount, payee, card: fc.boolean(), key }),
  fc.record({ op: fc.constant("confirm" as const), ref, key }),
  fc.record({ op: fc.constant("capture" as const), ref, amount: fc.option(amount, { nil: undefined }), key }),
  fc.record({ op: fc.constant("cancel" as const), ref, key }),
  fc.record({ op: fc.constant("refund" as const), ref, amount, key }),
  fc.record({
    op: fc.constant("transfer" as const),
    from: party,
    to: party,
    amount,
    card: fc.boolean(),
    key,
  }),
  fc.record({ op: fc.constant("repeat" as const), back: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant("decline" as const) }),
  fc.record({ op: fc.constant("expire" as const) }),
);

type Sent = { op: Operation; request: Record<string, unknown> & { idempotencyKey: string } };

/** The union of the fields the model reads from any request. */
interface RequestFields {
  userId: string;
  payee: string;
  paymentMethodId: string;
  intentId: string;
  amountFen: number;
  fromUserId: string;
  toUserId: string;
}

let runCounter = 0;

describeEachDialect("pay: random operation sequences", (dialect) => {
  const world = useTestWorld(dialect);

  it("agree with a simple model, never overdraw, never over-refund, and keep the ledger balanced", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 18 }),
        fc.tuple(fc.nat({ max: 20_000 }), fc.nat({ max: 20_000 }), fc.nat({ max: 3_000 })),
        async (commands, startFen) => {
          const context = world().context;
          context.faults.clear();
          runCounter += 1;
          const payers = await Promise.all(startFen.map((fen) => openTestPayer(context, fen)));
          const users = payers.map((payer) => payer.userId);
          const model = new PayModel(
            Object.fromEntries(users.map((userId, index) => [userId, startFen[index] ?? 0])),
          );
          const memory = new Map<string, { body: string; outcome: Outcome; value?: unknown }>();
          const history: Sent[] = [];
          const intentId = (index: number) =>
            model.intents[index % Math.max(model.intents.length, 1)]?.id ?? "pi_none";

          const send = async (sent: Sent) => {
            const { idempotencyKey, ...body } = sent.request;
            const memoryKey = `${sent.op}|${idempotencyKey}`;
            const remembered = memory.get(memoryKey);
            const bodyJson = JSON.stringify(body);
            let value: unknown;
            let actual: Outcome;
            try {
              value = await run(sent);
              actual = { ok: true };
            } catch (error) {
              if (!(error instanceof DimpleError)) throw error;
              actual = { ok: false, code: error.code };
            }
            if (remembered && remembered.body !== bodyJson) {
              expect(actual).toEqual({ ok: false, code: "idempotency_conflict" });
              return;
            }
            if (remembered) {
              expect(actual).toEqual(remembered.outcome);
              if (actual.ok) expect(value).toEqual(remembered.value);
              return;
            }
            const predicted = predict(sent, value);
            expect(actual).toEqual(predicted);
            memory.set(memoryKey, { body: bodyJson, outcome: actual, value });
          };

          const predict = (sent: Sent, value: unknown): Outcome => {
            const request = sent.request as unknown as RequestFields;
            switch (sent.op) {
              case "create": {
                const outcome = model.create(request.userId, request.payee);
                if (outcome.ok) addIntent(value as PaymentIntent, request.paymentMethodId);
                return outcome;
              }
              case "confirm":
                return model.confirm(request.intentId);
              case "capture":
                return model.capture(request.intentId, request.amountFen);
              case "cancel":
                return model.cancel(request.intentId);
              case "refund":
                return model.refund(request.intentId, request.amountFen);
              case "transfer": {
                const byCard = String(request.paymentMethodId).startsWith("pm_card");
                const outcome = model.transfer(
                  request.fromUserId,
                  request.toUserId,
                  request.amountFen,
                  byCard,
                );
                if (outcome.ok) addIntent(value as PaymentIntent, request.paymentMethodId);
                return outcome;
              }
            }
          };

          const addIntent = (intent: PaymentIntent, methodId: string) => {
            model.intents.push({
              id: intent.id,
              userId: intent.userId,
              amountFen: intent.amountFen,
              capturedFen: intent.capturedFen,
              refundedFen: 0,
              status: intent.status,
              payee: intent.payee,
              byCard: methodId.startsWith("pm_card"),
            });
          };

          const run = (sent: Sent): Promise<unknown> => {
            const request = sent.request as never;
            switch (sent.op) {
              case "create":
                return createPaymentIntent(context, request);
              case "confirm":
                return confirmPaymentIntent(context, request);
              case "capture":
                return capturePaymentIntent(context, request);
              case "cancel":
                return cancelPaymentIntent(context, request);
              case "refund":
                return refundPayment(context, request);
              case "transfer":
                return transfer(context, request);
            }
          };

          for (const step of commands) {
            if (step.op === "decline") {
              context.faults.set("pay", "payment_declined", { times: 1 });
              model.declinePending = true;
              continue;
            }
            if (step.op === "expire") {
              await world().advance(AUTHORIZATION_TTL_MS + 1);
              model.expireAll();
              continue;
            }
            if (step.op === "repeat") {
              const earlier = history[history.length - step.back];
              if (earlier) await send(earlier);
              continue;
            }
            const idempotencyKey = `prop${runCounter}-${step.op === "transfer" ? "t" : "k"}${step.key}`;
            const methodOf = (index: number, card: boolean) =>
              card ? payers[index]?.cardMethodId : payers[index]?.walletMethodId;
            let sent: Sent;
            if (step.op === "create") {
              const payeeParty = step.payee.startsWith("user")
                ? `user:${users[Number(step.payee.slice(4))]}`
                : step.payee;
              sent = {
                op: "create",
                request: {
                  userId: users[step.user] as string,
                  amountFen: step.amount,
                  currency: "CNY",
                  payee: payeeParty === "merchant" ? "merchant:m_property" : payeeParty,
                  reference: "quote_property",
                  description: "",
                  paymentMethodId: methodOf(step.user, step.card) as string,
                  idempotencyKey,
                },
              };
            } else if (step.op === "transfer") {
              sent = {
                op: "transfer",
                request: {
                  fromUserId: users[step.from] as string,
                  toUserId: users[step.to] as string,
                  amountFen: step.amount,
                  note: "",
                  paymentMethodId: methodOf(step.from, step.card) as string,
                  idempotencyKey,
                },
              };
            } else if (step.op === "confirm") {
              const id = intentId(step.ref);
              const owner = model.intents.find((intent) => intent.id === id)?.userId ?? (users[0] as string);
              sent = { op: "confirm", request: { intentId: id, userId: owner, idempotencyKey } };
            } else if (step.op === "capture") {
              sent = {
                op: "capture",
                request: { intentId: intentId(step.ref), amountFen: step.amount, idempotencyKey },
              };
            } else if (step.op === "cancel") {
              sent = {
                op: "cancel",
                request: { intentId: intentId(step.ref), reason: "requested_by_customer", idempotencyKey },
              };
            } else {
              sent = {
                op: "refund",
                request: {
                  intentId: intentId(step.ref),
                  amountFen: step.amount,
                  reason: "r",
                  idempotencyKey,
                },
              };
            }
            history.push(sent);
            await send(sent);
          }

          context.faults.clear();
          for (const userId of users) {
            const wallet = await getWallet(context, userId);
            expect(wallet.availableFen).toBe(model.wallets.get(userId));
            expect(wallet.heldFen).toBe(model.held.get(userId));
            expect(wallet.availableFen).toBeGreaterThanOrEqual(0);
          }
          for (const expected of model.intents) {
            const intent = await getPaymentIntent(context, expected.id);
            expect(intent).toMatchObject({
              status: expected.status,
              capturedFen: expected.capturedFen,
              refundedFen: expected.refundedFen,
            });
            expect(intent?.refundedFen ?? 0).toBeLessThanOrEqual(intent?.capturedFen ?? 0);
          }
          const report = await verifyLedger(context);
          expect(report.problems).toEqual([]);
        },
      ),
      { numRuns: dialect === "postgres" ? 30 : 50 },
    );
  });
});
