import { describe, expect, it } from "vitest";
import { SeededRandom } from "../../../kernel/random.ts";
import { expandTemplate, parseTemplates } from "./templates.ts";

const files = new Map([
  [
    "test.txt",
    [
      "# comment",
      "= drink: 拿铁 | 美式",
      "= cup: 一杯 | 两杯",
      "@ order_delivery *4",
      "(帮我点|来){cup}{drink}(吧|)",
    ].join("\n"),
  ],
]);

describe("template expansion", () => {
  it("expands choices and fillers into distinct utterances of the template's intent", () => {
    const set = parseTemplates(files);
    const [template] = set.templates;
    expect(template?.intent).toBe("order_delivery");
    const texts = expandTemplate(template as NonNullable<typeof template>, set, new SeededRandom(1));
    expect(texts).toHaveLength(4);
    for (const text of texts) expect(text).toMatch(/^(帮我点|来)(一杯|两杯)(拿铁|美式)(吧)?$/u);
  });

  it("gives the same utterances for the same seed", () => {
    const set = parseTemplates(files);
    const template = set.templates[0] as NonNullable<(typeof set.templates)[0]>;
    expect(expandTemplate(template, set, new SeededRandom(5))).toEqual(
      expandTemplate(template, set, new SeededRandom(5)),
    );
  });

  it("rejects an unknown intent with the file and line", () => {
    expect(() => parseTemplates(new Map([["bad.txt", "@ order_pizza\nhi"]]))).toThrow(/bad\.txt:1/u);
  });

  it("rejects a reference to an unknown filler when expanding", () => {
    const set = parseTemplates(new Map([["bad.txt", "@ smalltalk\nhello {nobody}"]]));
    expect(() =>
      expandTemplate(set.templates[0] as NonNullable<(typeof set.templates)[0]>, set, new SeededRandom(1)),
    ).toThrow(/unknown filler/u);
  });
});
