import { describe, expect, it } from "vitest";
import { type PastPayment, type RiskFacts, scoreRisk } from "./risk-score.ts";

const NOW = 1_800_000_000_000;
const HOME = { lng: 120.13, lat: 30.27 };
const DAY = 86_400_000;

function past(amountFen: number, daysAgo: number, payee = "merchant:m_usual"): PastPayment {
  return { kind: "order_delivery", payee, amountFen, at: NOW - daysAgo * DAY, live: true };
}

function facts(overrides: Partial<RiskFacts> = {}): RiskFacts {
  return {
    taskId: "task_now",
    kind: "order_delivery",
    payee: "merchant:m_usual",
    payeeName: "Luckin",
    amountFen: 2_500,
    now: NOW,
    cartQty: 1,
    asked: { items: [{ text: "latte", qty: 1 }] },
    location: HOME,
    history: [past(2_000, 2), past(3_000, 5), past(2_500, 9), past(1_800, 12)],
    usualPlaces: [HOME],
    ...overrides,
  };
}

const codes = (input: RiskFacts) => scoreRisk(input).reasons.map((reason) => reason.code);

describe("risk scoring", () => {
  it("allows an ordinary order at a usual shop with no reasons at all", () => {
    expect(scoreRisk(facts())).toEqual({ decision: "allow", score: 0, reasons: [] });
  });

  it("notes a new merchant but lets it through on its own", () => {
    const result = scoreRisk(facts({ payee: "merchant:m_new", payeeName: "New Shop" }));
    expect(result.decision).toBe("allow");
    expect(result.reasons[0]).toMatchObject({ code: "new_merchant", en: "first payment to New Shop" });
  });

  it("asks for the PIN when an unusual amount comes with a new merchant", () => {
    const result = scoreRisk(facts({ payee: "merchant:m_new", amountFen: 40_000, cartQty: 1 }));
    expect(result.decision).toBe("step_up");
    expect(result.reasons.map((reason) => reason.code)).toEqual(["amount_above_usual", "new_merchant"]);
    expect(result.reasons[0]?.zh).toContain("明显高于您平时的 ¥22.50");
  });

  it("blocks an amount twenty times the usual at a new merchant", () => {
    const result = scoreRisk(facts({ payee: "merchant:m_new", amountFen: 99_900 }));
    expect(result.decision).toBe("step_up");
    expect(codes(facts({ payee: "merchant:m_new", amountFen: 99_900 }))).toContain("amount_far_above_usual");
    const far = scoreRisk(
      facts({ payee: "merchant:m_new", amountFen: 99_900, location: { lng: 121.47, lat: 31.23 } }),
    );
    expect(far.decision).toBe("block");
  });

  it("needs three past payments of the kind before judging amounts", () => {
    expect(codes(facts({ amountFen: 99_900, history: [past(2_000, 1), past(2_000, 2)] }))).not.toContain(
      "amount_far_above_usual",
    );
  });

  it("flags an address far from the user's usual places, in kilometres", () => {
    const result = scoreRisk(facts({ location: { lng: 121.47, lat: 31.23 } }));
    expect(result.reasons[0]).toMatchObject({ code: "far_from_usual_places" });
    expect(result.reasons[0]?.en).toMatch(/about 1\d\d km/);
  });

  it("steps up on a fourth payment within ten minutes, and notes an exact repeat", () => {
    const recent = [1, 3, 5].map((minutes) => ({
      ...past(2_500, 0),
      at: NOW - minutes * 60_000,
      taskId: `t${minutes}`,
    }));
    const result = scoreRisk(facts({ history: [...facts().history, ...recent] }));
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      "repeat_of_recent_payment",
      "rapid_payments",
    ]);
    expect(result.decision).toBe("step_up");
    expect(result.reasons[0]?.en).toBe("you paid the same amount to the same merchant 1 min ago");
  });

  it("does not count failed payments or this task's own earlier confirms as repeats", () => {
    const recent = [1, 3, 5].map((minutes) => ({
      ...past(2_500, 0),
      at: NOW - minutes * 60_000,
      live: false,
    }));
    const self = { ...past(2_500, 0), at: NOW - 60_000, taskId: "task_now" };
    expect(scoreRisk(facts({ history: [...facts().history, ...recent, self] })).decision).toBe("allow");
  });

  it("blocks ten lattes when one was asked for, and says so in both languages", () => {
    const result = scoreRisk(facts({ cartQty: 10, amountFen: 25_000 }));
    expect(result.decision).toBe("block");
    expect(result.reasons.find((reason) => reason.code === "cart_far_exceeds_request")).toMatchObject({
      zh: "您要的是 1 份「latte」，购物车里却有 10 份",
      en: "you asked for 1 (latte) but the cart has 10",
    });
  });

  it("steps up for two when one was asked for, and for twice the stated budget", () => {
    expect(scoreRisk(facts({ cartQty: 2 })).decision).toBe("step_up");
    const overBudget = scoreRisk(facts({ amountFen: 8_000, asked: { budgetFen: 4_000 } }));
    expect(overBudget.reasons.map((reason) => reason.code)).toEqual(["far_over_budget"]);
    expect(overBudget.decision).toBe("step_up");
    expect(scoreRisk(facts({ amountFen: 4_500, asked: { budgetFen: 4_000 } })).decision).toBe("allow");
  });

  it("treats a first transfer to someone as worth noting, not blocking", () => {
    const result = scoreRisk(
      facts({ kind: "payment", payee: "user:u_bob", payeeName: "Bob", cartQty: 1, asked: {} }),
    );
    expect(result).toMatchObject({ decision: "allow", reasons: [{ code: "new_recipient", points: 20 }] });
  });
});
