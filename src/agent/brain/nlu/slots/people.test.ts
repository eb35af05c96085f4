import { describe, expect, it } from "vitest";
import { extractRecipient } from "./people.ts";

describe("who money goes to", () => {
  it.each([
    ["send xiaoming -50 for the taxi, today", "xiaoming"],
    ["pay bob minus 30 for the movie tickets", "bob"],
    ["send Bob 50 yuan", "Bob"],
  ])("reads %s as sent to %s", (text, name) => {
    expect(extractRecipient(text)).toBe(name);
  });
});
