import { describe, expect, it } from "vitest";
import { extractRecipient } from "./people.ts";
import { isRelation, relationSaid } from "./relations.ts";

describe("relations", () => {
  it("finds someone named by a relation", () => {
    expect(relationSaid("send my sister 300")).toBe("sister");
    expect(relationSaid("我妈让我转她200")).toBe("妈");
    expect(relationSaid("send Bob 20")).toBeUndefined();
  });
  it("makes a relation the recipient only when money is sent", () => {
    expect(extractRecipient("wire my mom 500 for her birthday")).toBe("my mom");
    expect(extractRecipient("我妈让我转她200")).toBe("我妈");
    expect(extractRecipient("my mom likes lattes")).toBeUndefined();
  });
  it("tells a relation from a name", () => {
    expect(isRelation("我姐")).toBe(true);
    expect(isRelation("my little sister")).toBe(true);
    expect(isRelation("李华")).toBe(false);
    expect(isRelation("Bob")).toBe(false);
  });
});
