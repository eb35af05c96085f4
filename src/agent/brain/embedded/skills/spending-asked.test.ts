import { describe, expect, it } from "vitest";
import { SPENT_ASKED } from "./spending.ts";

describe("a question about the payment just made", () => {
  it.each([
    "what did I just send him?",
    "how much did I just send Bob",
    "我刚才给他转了什么",
    "刚刚转了多少",
  ])("%s asks what was sent", (text) => {
    expect(SPENT_ASKED.test(text)).toBe(true);
  });
  it("is not asking to send", () => {
    expect(SPENT_ASKED.test("send him 30")).toBe(false);
  });
});
