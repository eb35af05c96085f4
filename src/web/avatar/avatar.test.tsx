// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Avatar } from "./avatar.tsx";
import { EXPRESSIONS } from "./expression.ts";

afterEach(cleanup);

describe("Avatar", () => {
  it("exposes its expression on the root element", () => {
    render(<Avatar expression="thinking" label="Dimple is thinking" still />);
    const root = screen.getByTestId("avatar");
    expect(root.getAttribute("data-expression")).toBe("thinking");
    expect(root.getAttribute("aria-label")).toBe("Dimple is thinking");
  });

  it("draws both dimples when it smiles", () => {
    render(<Avatar expression="success" label="happy" still />);
    expect(screen.getByTestId("dimple-left")).toBeTruthy();
    expect(screen.getByTestId("dimple-right")).toBeTruthy();
  });

  it("draws no dimples in the other expressions", () => {
    for (const expression of EXPRESSIONS.filter((name) => name !== "success")) {
      const { unmount } = render(<Avatar expression={expression} label={expression} still />);
      expect(screen.queryByTestId("dimple-left"), expression).toBeNull();
      expect(screen.queryByTestId("dimple-right"), expression).toBeNull();
      unmount();
    }
  });

  it("keeps svg ids unique when two avatars share a page", () => {
    const { container } = render(
      <>
        <Avatar expression="idle" label="a" still />
        <Avatar expression="idle" label="b" still />
      </>,
    );
    const ids = [...container.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
