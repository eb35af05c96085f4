import { describe, expect, it } from "vitest";
import { EXPRESSIONS } from "./expression.ts";
import { composeFace } from "./layering.ts";
import { blinkAmount, gazeFor, nextBlinkDelayMs } from "./motion.ts";

describe("composeFace", () => {
  it("shows dimples for the success smile", () => {
    expect(composeFace("success").dimples).toBe(true);
  });

  it("shows no dimples in any expression that is not a broad smile", () => {
    for (const expression of EXPRESSIONS.filter((name) => name !== "success")) {
      expect(composeFace(expression).dimples, expression).toBe(false);
    }
  });

  it("hides the dimples when a rounded viseme takes over a smiling mouth", () => {
    expect(composeFace("success", { viseme: "pucker" }).dimples).toBe(false);
  });

  it("lets the viseme replace how open and round the mouth is", () => {
    const face = composeFace("speaking", { viseme: "round" });
    expect(face.mouth.open).toBeGreaterThan(0.5);
    expect(face.mouth.round).toBeGreaterThan(0.5);
    expect(composeFace("speaking", { viseme: "closed" }).mouth.open).toBe(0);
  });

  it("closes open eyes with the blink layer", () => {
    expect(composeFace("idle", { blink: 1 }).eyes.openness).toBe(0);
    expect(composeFace("idle", { blink: 0.5 }).eyes.openness).toBeCloseTo(0.5);
  });

  it("leaves smiling eyes alone while blinking", () => {
    expect(composeFace("success", { blink: 1 }).eyes).toEqual(composeFace("success").eyes);
  });

  it("follows the conversation's gaze unless the expression looks somewhere on purpose", () => {
    expect(composeFace("listening", { gaze: { x: 0.5, y: 1 } }).eyes).toMatchObject({ lookX: 0.5, lookY: 1 });
    expect(composeFace("thinking", { gaze: { x: 0.5, y: 1 } }).eyes.lookY).toBeLessThan(0);
  });

  it("raises the inner brows when apologising rather than lowering them in anger", () => {
    expect(composeFace("error").brows.left.tilt).toBeGreaterThan(0);
  });
});

describe("motion", () => {
  it("schedules blinks between 2.2 and 6 seconds apart, with occasional quick doubles", () => {
    expect(nextBlinkDelayMs(() => 0.5)).toBeGreaterThanOrEqual(2200);
    expect(nextBlinkDelayMs(() => 0.99)).toBeLessThanOrEqual(6000);
    expect(nextBlinkDelayMs(() => 0.01)).toBeLessThan(400);
  });

  it("closes and reopens the eyes over one blink", () => {
    expect(blinkAmount(0)).toBe(0);
    expect(blinkAmount(60)).toBeCloseTo(1);
    expect(blinkAmount(150)).toBe(0);
  });

  it("looks down at the input on phones and down-right on desktops", () => {
    expect(gazeFor("input", "top")).toEqual({ x: 0, y: 1 });
    expect(gazeFor("input", "side").x).toBeGreaterThan(0);
  });
});
