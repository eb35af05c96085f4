import { describe, expect, it } from "vitest";
import { Gazetteer } from "../nlu/gazetteer.ts";
import { understand } from "../nlu/understand.ts";
import { thingsSaid } from "./catalogue-sells.ts";
import { kindEntries } from "./kinds.ts";

const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);
const gazetteer = new Gazetteer(kindEntries());
const said = (text: string) => thingsSaid(understand(text, { now: NOW, gazetteer }));

describe("the things a message names, to look up in the catalogue", () => {
  it("takes a pack and a count apart from a word the gazetteer does not know", () => {
    expect(said("a box of ibuprofen to the office")[0]).toBe("ibuprofen");
  });

  it("still offers the product slot when no line was read", () => {
    expect(said("ibuprofen")).toEqual(["ibuprofen"]);
  });
});
