import { describe, expect, it } from "vitest";
import { KNOWN_NAMES, REDACTION_CASES } from "./redaction-cases.ts";
import { Redactor } from "./redactor.ts";

describe("redaction", () => {
  it("has a test set of at least 40 cases in both languages", () => {
    expect(REDACTION_CASES.length).toBeGreaterThanOrEqual(40);
    expect(REDACTION_CASES.filter((example) => example.lang === "zh").length).toBeGreaterThanOrEqual(20);
    expect(REDACTION_CASES.filter((example) => example.lang === "en").length).toBeGreaterThanOrEqual(20);
  });

  for (const example of REDACTION_CASES) {
    it(`redacts [${example.lang}] ${example.text}`, () => {
      expect(new Redactor(KNOWN_NAMES).text(example.text)).toBe(example.expected);
    });
  }

  it("leaves no digit run of a phone, card or id number in any redacted case", () => {
    const redactor = new Redactor(KNOWN_NAMES);
    for (const example of REDACTION_CASES) expect(redactor.text(example.text)).not.toMatch(/\d{7,}/u);
  });

  it("redacts JSON by key and by content, and counts what it replaced", () => {
    const redactor = new Redactor(KNOWN_NAMES);
    const value = redactor.value({
      userId: "u_alice",
      addressText: "shangcheng 1 Road",
      contactPhone: "13800001111",
      location: "120.087,30.278",
      lat: 30.27812,
      lines: [{ name: "Latte", note: "call 13912345678" }],
    });
    expect(value).toEqual({
      userId: "<ID>",
      addressText: "<ADDRESS>",
      contactPhone: "<PHONE>",
      location: "<GEO>",
      lat: 30.28,
      lines: [{ name: "Latte", note: "call <PHONE>" }],
    });
    expect(redactor.counts["<PHONE>"]).toBe(2);
  });

  it("redacts saved addresses however they are written, and keeps landmarks people look up", () => {
    const redactor = new Redactor([], ["文三路478号华星时代广场A座12楼", "翠苑一区7幢"]);
    expect(redactor.value({ address: "杭州东站", city: "杭州" })).toEqual({
      address: "杭州东站",
      city: "杭州",
    });
    expect(redactor.value({ address: "翠苑一区7幢" })).toEqual({ address: "<ADDRESS>" });
    expect(redactor.text("送到翠苑一区7幢楼下")).toBe("送到<ADDRESS>楼下");
  });
});
