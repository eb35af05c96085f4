import { describe, expect, it } from "vitest";
import { DimpleError } from "../../kernel/errors.ts";
import { parseDuration, parseScript } from "./script.ts";

describe("chat scripts", () => {
  it("reads words, actions and skips comments and blank lines", () => {
    const lines = parseScript(
      "# order\n帮我点一杯拿铁\n\n/confirm\n/wait 30m\n/pin 123456\n/feedback down too slow\n/cancel\n",
    );
    expect(lines.map((line) => line.type)).toEqual(["say", "confirm", "wait", "pin", "feedback", "cancel"]);
    expect(lines[2]).toMatchObject({ type: "wait", ms: 1_800_000, line: 5 });
    expect(lines[4]).toMatchObject({ rating: "down", reason: "too slow" });
  });

  it("parses durations in seconds, minutes and hours", () => {
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("2h")).toBe(7_200_000);
    expect(parseDuration("soon")).toBeUndefined();
  });

  it("names the line of a bad action", () => {
    try {
      parseScript("hello\n/wait forever");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DimpleError);
      expect((error as DimpleError).code).toBe("invalid_script");
      expect((error as DimpleError).field).toBe("script:2");
    }
  });
});
