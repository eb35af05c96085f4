import { describe, expect, it } from "vitest";
import type { Contact } from "./contacts.ts";
import {
  billSplit,
  mentionedContacts,
  payerAmong,
  readsAsTransfer,
  transferClauses,
  transferNote,
} from "./transfer-reading.ts";

const contact = (userId: string, displayName: string, displayNameEn: string, username: string) =>
  ({ userId, displayName, displayNameEn, username }) as Contact;
const CONTACTS = [
  contact("u_lihua", "李华", "Li Hua", "lihua"),
  contact("u_bob", "Bob Miller", "Bob Miller", "bob"),
  contact("u_alice", "Alice Chen", "Alice Chen", "alice"),
];
const ids = (found: Contact[]) => found.map((found) => found.userId);

describe("contacts named anywhere in a transfer", () => {
  it("finds Chinese names, Latin names in Chinese text, first names and spaced pinyin", () => {
    expect(ids(mentionedContacts(CONTACTS, "还Bob 200"))).toEqual(["u_bob"]);
    expect(ids(mentionedContacts(CONTACTS, "转1000给Alice，房租"))).toEqual(["u_alice"]);
    expect(ids(mentionedContacts(CONTACTS, "麻烦帮我转88.8块给李华哈"))).toEqual(["u_lihua"]);
    expect(ids(mentionedContacts(CONTACTS, "pay li hua 35.5 and bobby 3"))).toEqual(["u_lihua"]);
  });

  it("picks the one who paid among several", () => {
    const text = "dinner was 270, split 3 ways with bob and li hua. bob paid, send him my share";
    expect(payerAmong(mentionedContacts(CONTACTS, text), text)?.userId).toBe("u_bob");
    expect(payerAmong(CONTACTS, "李华付的，Bob没来")?.userId).toBe("u_lihua");
    expect(payerAmong(CONTACTS, "bob and li hua")).toBeUndefined();
  });
});

describe("what a transfer says", () => {
  it("reads notes and reasons", () => {
    expect(transferNote("给Bob转500，备注生活费")).toBe("生活费");
    expect(transferNote("transfer 200 yuan to bob with the note 'Nov utilities'")).toBe("Nov utilities");
    expect(transferNote("pay Li Hua back 35.5 for lunch")).toBe("lunch");
    expect(transferNote("send bob fifty bucks for the pizza thx")).toBe("pizza");
    expect(transferNote("李华帮我垫了打车费23块，还她")).toBe("打车费");
    expect(transferNote("给李华转50")).toBeUndefined();
    expect(transferNote("转账给bob")).toBeUndefined();
  });

  it("works out a share of a bill, or says it is unclear", () => {
    expect(billSplit("昨晚吃饭一共360，我们三个人AA，把我那份转给她")).toEqual({ totalFen: 36_000, ways: 3 });
    expect(billSplit("dinner was 270, split 3 ways, send him my share")).toEqual({
      totalFen: 27_000,
      ways: 3,
    });
    expect(billSplit("split the bill with bob")).toEqual({ unclear: true });
    expect(billSplit("send bob 45")).toBeUndefined();
  });

  it("cuts several transfers apart, each with its own amount", () => {
    const clauses = transferClauses(CONTACTS, "pay li hua 35.5 for lunch and bob 20 for the cab");
    expect(clauses.map((clause) => [clause.contacts[0]?.userId, clause.amountFen])).toEqual([
      ["u_lihua", 3550],
      ["u_bob", 2000],
    ]);
    expect(transferClauses(CONTACTS, "给李华转50，再给Bob转30")).toHaveLength(2);
    expect(transferClauses(CONTACTS, "给Bob转500，备注生活费")).toEqual([]);
    expect(transferClauses(CONTACTS, "send 100 to bob and li hua")).toEqual([]);
  });

  it("tells a transfer from a delivery to someone", () => {
    expect(
      readsAsTransfer("send 45 to li hua, owe her for coffee", { recipient: "li hua", amountFen: 4500 }),
    ).toBe(true);
    expect(
      readsAsTransfer("send 2 lattes to bob", {
        recipient: "bob",
        amountFen: 200,
        entities: [{ start: 7, entity: { kind: "item" } }],
      }),
    ).toBe(false);
    expect(readsAsTransfer("split 3 ways, send him my share", {})).toBe(true);
  });
});
