import { describe, expect, it } from "vitest";
import { extractMoney } from "./money.ts";
import { owedSum, parseEnglishAmount, spokenAmounts } from "./spoken-amount.ts";

describe("spokenAmounts", () => {
  it("writes spoken sums as digits", () => {
    expect(spokenAmounts("send bob fifteen hundred yuan")).toBe("send bob 1500 yuan");
    expect(spokenAmounts("pay bob two hundred and fifty")).toBe("pay bob 250");
    expect(spokenAmounts("send Li Hua a thousand")).toBe("send Li Hua 1000");
    expect(spokenAmounts("transfer 1.5k to li hua")).toBe("transfer 1500 to li hua");
    expect(spokenAmounts("venmo bob 3 hundred")).toBe("venmo bob 300");
    expect(spokenAmounts("2 grand for rent")).toBe("2000 for rent");
    expect(spokenAmounts("forty-two for the cab")).toBe("42 for the cab");
    expect(spokenAmounts("给他转5百")).toBe("给他转500");
  });
  it("leaves counts and distances alone", () => {
    expect(spokenAmounts("two lattes and a cup of tea")).toBe("two lattes and a cup of tea");
    expect(spokenAmounts("a ride 5km away, one person")).toBe("a ride 5km away, one person");
  });
  it("reads word runs", () => {
    expect(parseEnglishAmount("two thousand three hundred and five")).toBe(2305);
    expect(parseEnglishAmount("ninety nine")).toBe(99);
  });
});

describe("money reader with spoken sums", () => {
  it("reads them as amounts", () => {
    expect(extractMoney("send bob fifteen hundred yuan", "en").amountFen).toBe(150000);
    expect(extractMoney("transfer 1.5k to li hua", "en").amountFen).toBe(150000);
    expect(extractMoney("给李华转一千五", "zh").amountFen).toBe(150000);
    expect(extractMoney("转李华五百块整", "zh").amountFen).toBe(50000);
  });
});

describe("owedSum", () => {
  it("finds the sum owed when no sending verb precedes it", () => {
    expect(owedSum("I owe li hua 64, send it over")).toBe(6400);
    expect(owedSum("昨天李华帮我垫了八十八，还她")).toBe(8800);
    expect(owedSum("bob paid 42.5 for lunch, pay him back")).toBe(4250);
  });
  it("ignores counts, times and sentences about no money", () => {
    expect(owedSum("send 2 cups to bob")).toBeUndefined();
    expect(owedSum("I have 3 friends")).toBeUndefined();
    expect(owedSum("还她3点前")).toBeUndefined();
  });
});
