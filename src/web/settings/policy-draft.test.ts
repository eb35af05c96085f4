import { describe, expect, it } from "vitest";
import type { Policy } from "../api/settings-types.ts";
import { changesFrom, draftOf, loosenedRules, readDraft } from "./policy-draft.ts";

const policy: Policy = {
  perOrderLimitFen: 500_000,
  dailyLimitFen: 1_000_000,
  merchantAllow: [],
  merchantBlock: ["m_kfc_xihu"],
  autoApproveFen: 0,
  stepUpAboveFen: 200_000,
  pinSet: true,
};

describe("the policy form", () => {
  it("starts from the saved policy in yuan, with auto-approve off and ¥50 suggested", () => {
    expect(draftOf(policy)).toEqual({
      perOrderLimit: "5000",
      dailyLimit: "10000",
      stepUpAbove: "2000",
      autoApproveOn: false,
      autoApprove: "50",
      merchantAllow: [],
      merchantBlock: ["m_kfc_xihu"],
    });
  });

  it("reads an unchanged form back into the same rules, and sends nothing for it", () => {
    const read = readDraft(draftOf(policy));
    expect(read.ok).toBe(true);
    if (read.ok) expect(changesFrom(policy, read.rules)).toEqual({});
  });

  it("sends only what changed, in fen", () => {
    const read = readDraft({
      ...draftOf(policy),
      perOrderLimit: "30.5",
      merchantBlock: ["m_kfc_xihu", "m_a"],
    });
    expect(read.ok && changesFrom(policy, read.rules)).toEqual({
      perOrderLimitFen: 3_050,
      merchantBlock: ["m_kfc_xihu", "m_a"],
    });
  });

  it("says which amount is wrong and why", () => {
    const read = readDraft({
      ...draftOf(policy),
      perOrderLimit: "0.5",
      dailyLimit: "abc",
      stepUpAbove: "1.234",
      autoApproveOn: true,
      autoApprove: "",
    });
    expect(read.ok ? [] : read.problems).toEqual([
      { field: "perOrderLimitFen", reason: "range", minFen: 100, maxFen: 5_000_000 },
      { field: "dailyLimitFen", reason: "format" },
      { field: "stepUpAboveFen", reason: "precision" },
      { field: "autoApproveFen", reason: "empty" },
    ]);
  });

  it("keeps the daily limit at or above the per-order limit, and auto-approve below it", () => {
    const read = readDraft({
      ...draftOf(policy),
      perOrderLimit: "100",
      dailyLimit: "99",
      autoApproveOn: true,
      autoApprove: "600",
    });
    expect(read.ok ? [] : read.problems).toEqual([
      { field: "autoApproveFen", reason: "range", minFen: 1, maxFen: 50_000 },
      { field: "dailyLimitFen", reason: "below_per_order" },
    ]);
    const small = readDraft({
      ...draftOf(policy),
      perOrderLimit: "20",
      autoApproveOn: true,
      autoApprove: "30",
    });
    expect(small.ok ? [] : small.problems).toEqual([{ field: "autoApproveFen", reason: "above_per_order" }]);
  });

  it("switching auto-approve off sends 0, whatever amount is typed", () => {
    const on = { ...policy, autoApproveFen: 3_000 };
    const read = readDraft({ ...draftOf(on), autoApproveOn: false, autoApprove: "oops" });
    expect(read.ok && changesFrom(on, read.rules)).toEqual({ autoApproveFen: 0 });
  });

  it("knows which changes loosen the policy, as the server does", () => {
    const rulesOf = (changes: Partial<Policy>) => ({ ...policy, ...changes });
    expect(loosenedRules(policy, rulesOf({ perOrderLimitFen: 10_000 }))).toEqual([]);
    expect(loosenedRules(policy, rulesOf({ merchantBlock: ["m_kfc_xihu", "m_b"] }))).toEqual([]);
    expect(loosenedRules(policy, rulesOf({ merchantAllow: ["m_a"] }))).toEqual([]);
    expect(loosenedRules(policy, rulesOf({ perOrderLimitFen: 600_000, dailyLimitFen: 2_000_000 }))).toEqual([
      "perOrderLimitFen",
      "dailyLimitFen",
    ]);
    expect(loosenedRules(policy, rulesOf({ merchantBlock: [], autoApproveFen: 100 }))).toEqual([
      "autoApproveFen",
      "merchantBlock",
    ]);
    const allowing = { ...policy, merchantAllow: ["m_a"] };
    expect(loosenedRules(allowing, { ...allowing, merchantAllow: [] })).toEqual(["merchantAllow"]);
    expect(loosenedRules(allowing, { ...allowing, merchantAllow: ["m_a", "m_b"] })).toEqual([
      "merchantAllow",
    ]);
    expect(loosenedRules(allowing, { ...allowing, stepUpAboveFen: 300_000 })).toEqual(["stepUpAboveFen"]);
  });
});
