import { describe, expect, it } from "vitest";
import { check, resolveValue, Scenario, valueAt } from "./scenario.ts";

const state = {
  tasks: [
    { status: "cancelled", paidFen: 0, lines: [{ name: "拿铁", qty: 1, options: { size: "medium" } }] },
    { status: "completed", paidFen: 1900, quote: { merchant: "瑞幸咖啡", totalFen: 1900 } },
  ],
  walletDeltaFen: -1900,
  reply: "已送达：拿铁 ×1",
  addresses: { office: "滨江区网商路699号" },
  ledgerOk: true,
};

describe("valueAt", () => {
  it("walks dotted paths through objects and arrays", () => {
    expect(valueAt(state, "tasks.0.lines.0.name")).toBe("拿铁");
    expect(valueAt(state, "tasks.1.quote.merchant")).toBe("瑞幸咖啡");
  });

  it("reads array lengths and negative indexes from the end", () => {
    expect(valueAt(state, "tasks.length")).toBe(2);
    expect(valueAt(state, "tasks.-1.status")).toBe("completed");
  });

  it("gives undefined for paths that do not exist instead of throwing", () => {
    expect(valueAt(state, "tasks.5.status")).toBeUndefined();
    expect(valueAt(state, "tasks.0.quote.merchant")).toBeUndefined();
  });
});

describe("check", () => {
  it("passes and fails equality, including undefined against null", () => {
    expect(check(state, { path: "tasks.1.status", op: "=", value: "completed" })).toBeUndefined();
    expect(check(state, { path: "tasks.9.status", op: "=", value: null })).toBeUndefined();
    expect(check(state, { path: "tasks.0.status", op: "=", value: "completed" })).toMatch(/was cancelled/);
  });

  it("compares numbers and refuses to compare a missing value", () => {
    expect(check(state, { path: "walletDeltaFen", op: "<", value: 0 })).toBeUndefined();
    expect(check(state, { path: "tasks.1.paidFen", op: ">=", value: 1900 })).toBeUndefined();
    expect(check(state, { path: "tasks.0.paidFen", op: ">", value: 0 })).toBeDefined();
    expect(check(state, { path: "tasks.7.paidFen", op: "<=", value: 100 })).toBeDefined();
  });

  it("matches text case-insensitively and searches inside objects as JSON", () => {
    expect(check(state, { path: "reply", op: "contains", value: "已送达" })).toBeUndefined();
    expect(check(state, { path: "tasks", op: "not_contains", value: "in_fulfilment" })).toBeUndefined();
    expect(check(state, { path: "tasks.0.lines", op: "contains", value: "MEDIUM" })).toBeUndefined();
    expect(check(state, { path: "reply", op: "matches", value: "送达|delivered" })).toBeUndefined();
    expect(check(state, { path: "reply", op: "not_contains", value: "拿铁" })).toBeDefined();
  });

  it("resolves $path and -$path values against the same state", () => {
    expect(resolveValue(state, "$addresses.office")).toBe("滨江区网商路699号");
    expect(resolveValue(state, "-$tasks.1.paidFen")).toBe(-1900);
    expect(check(state, { path: "walletDeltaFen", op: "=", value: "-$tasks.1.paidFen" })).toBeUndefined();
    expect(
      check(state, { path: "tasks.1.paidFen", op: "=", value: "$tasks.1.quote.totalFen" }),
    ).toBeUndefined();
    expect(
      check(state, { path: "tasks.1.quote.merchant", op: "!=", value: "$tasks.0.quote.merchant" }),
    ).toBeUndefined();
  });
});

describe("Scenario", () => {
  it("rejects ids that are not kebab-case and scenarios without expectations", () => {
    const base = {
      id: "zh-ok",
      title: "t",
      lang: "zh",
      turns: ["你好"],
      expect: [{ path: "reply", op: "contains", value: "你" }],
    };
    expect(Scenario.safeParse(base).success).toBe(true);
    expect(Scenario.safeParse({ ...base, id: "Not Kebab" }).success).toBe(false);
    expect(Scenario.safeParse({ ...base, expect: [] }).success).toBe(false);
    expect(Scenario.parse(base).user).toBe("u_xiaoming");
  });
});
