import { expect, it } from "vitest";
import type { WorldEvent } from "../../../kernel/events.ts";
import { invokeTool } from "../../../kernel/tool.ts";
import { describeEachDialect } from "../../../store/testing.ts";
import { capturePaymentIntent, getWallet, refundPayment, verifyLedger } from "../../pay/index.ts";
import { useTestWorld } from "../../world/testing.ts";
import { placeOrder } from "../place-order.ts";
import { quoteCart } from "../quote.ts";
import { authorizeQuote, freshKey, rejection } from "../testing.ts";
import { fileClaim, previewClaim } from "./file-claim.ts";
import { afterSaleTools } from "./tools.ts";

const MINUTE = 60_000;
// The smallest real PNG: the signature and an IHDR chunk header are all the check looks at.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex").toString(
  "base64",
);

describeEachDialect("after-sale claims on delivery orders", (dialect) => {
  const world = useTestWorld(dialect);
  const context = () => world().context;
  const wallet = async () => (await getWallet(context(), "u_xiaoming")).availableFen;

  /** A delivered, captured order: `lines` of Luckin drinks to 小明's office, no coupons. */
  async function deliveredOrder(
    lines: { sku: string; qty: number }[] = [{ sku: "sku_luckin_binjiang_01", qty: 1 }],
  ) {
    // Every test moves the shared clock on; past 19:00 in Hangzhou, wait for the shop to open tomorrow.
    const hour = new Date(context().clock.now() + 8 * 60 * MINUTE).getUTCHours();
    if (hour >= 19 || hour < 9) await world().advance(((34 - hour) % 24) * 60 * MINUTE);
    const quote = await quoteCart(context(), {
      userId: "u_xiaoming",
      merchantId: "m_luckin_binjiang",
      addressId: "u_xiaoming_office",
      lines: lines.map((line) => ({ skuId: line.sku, qty: line.qty, options: {} })),
      couponIds: [],
    });
    const paymentIntentId = await authorizeQuote(context(), quote);
    const order = await placeOrder(context(), {
      userId: "u_xiaoming",
      quoteId: quote.quoteId,
      paymentIntentId,
      idempotencyKey: freshKey(),
    });
    await capturePaymentIntent(context(), { intentId: paymentIntentId, idempotencyKey: freshKey("capture") });
    await world().advance(90 * MINUTE);
    return order;
  }

  it("approves a small spilled-drink claim at once and refunds exactly that line to the wallet", async () => {
    const order = await deliveredOrder();
    const before = await wallet();
    const claim = await fileClaim(context(), {
      userId: "u_xiaoming",
      orderId: order.orderId,
      kind: "spilled",
      lineIndex: 0,
      reason: "拿铁洒了一半",
    });
    const line = order.lines[0];
    expect(claim.status).toBe("refunded");
    expect(claim.amountFen).toBe(line?.lineFen);
    expect(claim.decision?.code).toBe("approved_instantly");
    expect(await wallet()).toBe(before + (line?.lineFen ?? 0));
    expect((await verifyLedger(context())).ok).toBe(true);
  });

  it("refuses a second claim on a line that was refunded, and a whole-order claim after it", async () => {
    const order = await deliveredOrder();
    await fileClaim(context(), {
      userId: "u_xiaoming",
      orderId: order.orderId,
      kind: "spilled",
      lineIndex: 0,
      reason: "洒了",
    });
    const again = await rejection(
      fileClaim(context(), {
        userId: "u_xiaoming",
        orderId: order.orderId,
        kind: "quality",
        lineIndex: 0,
        reason: "还是不好",
      }),
    );
    expect(again).toMatchObject({ code: "claim_exists", field: "lineIndex" });
    const whole = await rejection(
      fileClaim(context(), {
        userId: "u_xiaoming",
        orderId: order.orderId,
        kind: "quality",
        reason: "都不好",
      }),
    );
    expect(whole.code).toBe("claim_exists");
  });

  it("refuses more than was paid for a line, a line that is not there and someone else's order", async () => {
    const order = await deliveredOrder();
    const tooMuch = await rejection(
      previewClaim(context(), {
        userId: "u_xiaoming",
        orderId: order.orderId,
        kind: "spilled",
        lineIndex: 0,
        amountFen: 999_999,
      }),
    );
    expect(tooMuch).toMatchObject({ code: "amount_exceeds_line", field: "amountFen" });
    const noLine = await rejection(
      previewClaim(context(), {
        userId: "u_xiaoming",
        orderId: order.orderId,
        kind: "spilled",
        lineIndex: 3,
      }),
    );
    expect(noLine).toMatchObject({ code: "invalid_argument", field: "lineIndex" });
    const others = await rejection(
      fileClaim(context(), {
        userId: "u_alice",
        orderId: order.orderId,
        kind: "spilled",
        reason: "mine now",
      }),
    );
    expect(others).toMatchObject({ code: "not_found", field: "orderId" });
  });

  it("claims one missing burger of two as half the line", async () => {
    const order = await deliveredOrder([{ sku: "sku_luckin_binjiang_01", qty: 2 }]);
    const preview = await previewClaim(context(), {
      userId: "u_xiaoming",
      orderId: order.orderId,
      kind: "missing_item",
      lineIndex: 0,
      qty: 1,
    });
    expect(preview.amountFen).toBe(Math.floor((order.lines[0]?.lineFen ?? 0) / 2));
    expect(preview.outcome).toBe("instant");
    const tooMany = await rejection(
      previewClaim(context(), {
        userId: "u_xiaoming",
        orderId: order.orderId,
        kind: "missing_item",
        lineIndex: 0,
        qty: 3,
      }),
    );
    expect(tooMany).toMatchObject({ code: "amount_exceeds_line", field: "qty" });
  });

  it("reviews a large claim after the rule's delay: without a photo it is rejected with the reason", async () => {
    const order = await deliveredOrder([{ sku: "sku_luckin_binjiang_01", qty: 4 }]);
    const events: WorldEvent[] = [];
    const stop = context().bus.subscribe("claim.rejected", (event) => void events.push(event));
    const before = await wallet();
    const claim = await fileClaim(context(), {
      userId: "u_xiaoming",
      orderId: order.orderId,
      kind: "quality",
      reason: "全都变质了",
    });
    expect(claim.status).toBe("under_review");
    expect(claim.decidesAt).toBe(world().context.clock.now() + 60 * MINUTE);
    await world().advance(61 * MINUTE);
    stop();
    expect(events.map((event) => event.subjectId)).toEqual([claim.claimId]);
    expect(events[0]?.data?.decision).toMatchObject({ code: "photo_required" });
    expect(await wallet()).toBe(before);
  });

  it("approves a large claim with a photo on review and refunds it through pay", async () => {
    const order = await deliveredOrder([{ sku: "sku_luckin_binjiang_01", qty: 4 }]);
    const before = await wallet();
    const claim = await fileClaim(context(), {
      userId: "u_xiaoming",
      orderId: order.orderId,
      kind: "quality",
      reason: "全都变质了",
      photo: { contentType: "image/png", dataBase64: PNG },
    });
    expect(claim).toMatchObject({ status: "under_review", hasPhoto: true });
    await world().advance(61 * MINUTE);
    const result = await invokeTool(
      afterSaleTools.find((tool) => tool.name === "commerce_get_claim") as never,
      context(),
      {
        userId: "u_xiaoming",
        claimId: claim.claimId,
      },
    );
    expect(result).toMatchObject({ ok: true, data: { status: "refunded", refundedFen: order.totalFen } });
    expect(await wallet()).toBe(before + order.totalFen);
    expect((await verifyLedger(context())).ok).toBe(true);
  });

  it("refuses a photo that is not the image it claims to be", async () => {
    const order = await deliveredOrder();
    const fake = await rejection(
      fileClaim(context(), {
        userId: "u_xiaoming",
        orderId: order.orderId,
        kind: "spilled",
        reason: "洒了",
        photo: {
          contentType: "image/jpeg",
          dataBase64: Buffer.from("not an image at all").toString("base64"),
        },
      }),
    );
    expect(fake).toMatchObject({ code: "invalid_photo", field: "photo.dataBase64" });
  });

  it("closes claims when the window after delivery has passed, and before delivery", async () => {
    const order = await deliveredOrder();
    await world().advance(25 * 60 * MINUTE);
    const late = await rejection(
      previewClaim(context(), { userId: "u_xiaoming", orderId: order.orderId, kind: "spilled" }),
    );
    expect(late).toMatchObject({ code: "claim_window_closed", field: "orderId" });
  });

  it("turns fifty identical claims at once into one claim and one refund", async () => {
    const order = await deliveredOrder();
    const before = await wallet();
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        fileClaim(context(), {
          userId: "u_xiaoming",
          orderId: order.orderId,
          kind: "spilled",
          lineIndex: 0,
          reason: "洒了",
        }),
      ),
    );
    const filed = attempts.filter((attempt) => attempt.status === "fulfilled");
    expect(filed).toHaveLength(1);
    expect(
      attempts.every(
        (attempt) =>
          attempt.status === "fulfilled" || (attempt.reason as { code: string }).code === "claim_exists",
      ),
    ).toBe(true);
    expect(await wallet()).toBe(before + (order.lines[0]?.lineFen ?? 0));
    const refunds = await context()
      .db.selectFrom("pay_refunds")
      .select("amount_fen")
      .where("intent_id", "=", order.paymentIntentId as string)
      .execute();
    expect(refunds.map((refund) => refund.amount_fen)).toEqual([order.lines[0]?.lineFen]);
    expect((await verifyLedger(context())).ok).toBe(true);
  });

  it("gives the same claim back to twenty retries with one idempotency key", async () => {
    const order = await deliveredOrder();
    const key = freshKey("claim");
    const claims = await Promise.all(
      Array.from({ length: 20 }, () =>
        fileClaim(context(), {
          userId: "u_xiaoming",
          orderId: order.orderId,
          kind: "wrong_item",
          reason: "送错了",
          idempotencyKey: key,
        }),
      ),
    );
    expect(new Set(claims.map((claim) => claim.claimId)).size).toBe(1);
    const refunds = await context()
      .db.selectFrom("pay_refunds")
      .select("amount_fen")
      .where("intent_id", "=", order.paymentIntentId as string)
      .execute();
    expect(refunds).toHaveLength(claims[0]?.status === "under_review" ? 0 : 1);
  });

  it("rejects a lateness claim on an order that arrived on time, with the reason", async () => {
    const order = await deliveredOrder();
    const claim = await fileClaim(context(), {
      userId: "u_xiaoming",
      orderId: order.orderId,
      kind: "late",
      reason: "太慢了",
    });
    expect(claim.status).toBe("rejected");
    expect(claim.decision?.code).toBe("not_late_enough");
    expect(claim.decision?.en).toMatch(/on time|min after/);
  });
  it("finishes a refund a crash interrupted (refund committed, claim not marked) without paying twice", async () => {
    const order = await deliveredOrder();
    const before = await wallet();
    // The state a kill -9 leaves between pay's commit and the claim's: an approved claim, its refund done.
    const now = context().clock.now();
    await context()
      .db.insertInto("commerce_claims")
      .values({
        id: "clm_crashed",
        user_id: "u_xiaoming",
        order_id: order.orderId,
        target: "line:0",
        kind: "spilled",
        line_index: 0,
        qty: 1,
        reason: "洒了",
        amount_fen: order.lines[0]?.lineFen ?? 0,
        status: "approved",
        decision_code: "approved_instantly",
        decision_zh: "平台直接同意",
        decision_en: "approved at once",
        has_photo: 0,
        idempotency_key: null,
        refund_id: null,
        refunded_fen: 0,
        next_step_at: now,
        created_at: now,
        decided_at: now,
        refunded_at: null,
      })
      .execute();
    await refundPayment(context(), {
      intentId: order.paymentIntentId as string,
      amountFen: order.lines[0]?.lineFen ?? 0,
      reason: "after-sale claim clm_crashed (spilled)",
      idempotencyKey: "claim:clm_crashed",
    });
    // The restarted process's stepper finds the claim still approved and finishes it.
    await world().advance(MINUTE);
    const claim = await context()
      .db.selectFrom("commerce_claims")
      .selectAll()
      .where("id", "=", "clm_crashed")
      .executeTakeFirstOrThrow();
    expect(claim).toMatchObject({ status: "refunded", refunded_fen: order.lines[0]?.lineFen });
    const refunds = await context()
      .db.selectFrom("pay_refunds")
      .select("id")
      .where("intent_id", "=", order.paymentIntentId as string)
      .execute();
    expect(refunds).toHaveLength(1);
    expect(await wallet()).toBe(before + (order.lines[0]?.lineFen ?? 0));
    expect((await verifyLedger(context())).ok).toBe(true);
  });
});
