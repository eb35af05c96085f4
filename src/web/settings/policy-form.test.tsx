// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/api-error.ts";
import type { ApiClient } from "../api/client.ts";
import type { Policy, PolicyUpdate } from "../api/settings-types.ts";
import { I18nProvider } from "../i18n/i18n.tsx";
import { PolicyForm } from "./policy-form.tsx";

afterEach(cleanup);

const policy: Policy = {
  perOrderLimitFen: 500_000,
  dailyLimitFen: 1_000_000,
  merchantAllow: [],
  merchantBlock: [],
  autoApproveFen: 0,
  stepUpAboveFen: 200_000,
  pinSet: true,
};

function renderForm(updatePolicy: (update: PolicyUpdate) => Promise<Policy>, shown: Policy = policy) {
  const api = {
    updatePolicy: vi.fn(updatePolicy),
    merchants: vi.fn(async () => []),
  } as unknown as ApiClient & { updatePolicy: ReturnType<typeof vi.fn> };
  const onSaved = vi.fn();
  render(
    <I18nProvider initialLang="en">
      <PolicyForm api={api} policy={shown} onSaved={onSaved} />
    </I18nProvider>,
  );
  return { api, onSaved };
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const save = () => screen.getByTestId("settings-save") as HTMLButtonElement;

describe("the payment rules form", () => {
  it("sends a tightened limit in fen, without a PIN, and reports it saved", async () => {
    const { api, onSaved } = renderForm(async (update) => ({ ...policy, ...update }));
    expect(save().disabled).toBe(true);
    fireEvent.change(input("setting-perOrderLimitFen"), { target: { value: "88.80" } });
    expect(screen.queryByTestId("setting-currentPin")).toBeNull();
    await act(async () => fireEvent.click(save()));
    expect(api.updatePolicy).toHaveBeenCalledWith({ perOrderLimitFen: 8_880 });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ perOrderLimitFen: 8_880 }));
    expect(screen.getByTestId("settings-status").textContent).toBe("Saved.");
  });

  it("asks for the current PIN before loosening, and sends it with the change", async () => {
    const { api } = renderForm(async (update) => ({ ...policy, ...update }));
    fireEvent.change(input("setting-dailyLimitFen"), { target: { value: "20000" } });
    expect(screen.getByText(/Loosening Daily limit needs your PIN/)).toBeTruthy();
    expect(save().disabled).toBe(true);
    fireEvent.change(input("setting-currentPin"), { target: { value: "12a3456" } });
    expect(input("setting-currentPin").value).toBe("123456");
    await act(async () => fireEvent.click(save()));
    expect(api.updatePolicy).toHaveBeenCalledWith({ dailyLimitFen: 2_000_000, currentPin: "123456" });
  });

  it("asks for the PIN when the server wants it even though the form did not expect it", async () => {
    const { api } = renderForm(async () => {
      throw new ApiError("step_up_required", "loosening needs your current PIN (currentPin)", {
        status: 403,
        field: "currentPin",
      });
    });
    fireEvent.change(input("setting-stepUpAboveFen"), { target: { value: "100" } });
    await act(async () => fireEvent.click(save()));
    const error = screen.getByTestId("field-error");
    expect(error.dataset.field).toBe("currentPin");
    expect(error.textContent).toContain("Enter your current payment PIN");
    expect(error.querySelector("code")?.textContent).toBe("step_up_required");
    expect(save().disabled).toBe(true);
    api.updatePolicy.mockResolvedValueOnce({ ...policy, stepUpAboveFen: 10_000 });
    fireEvent.change(input("setting-currentPin"), { target: { value: "123456" } });
    await act(async () => fireEvent.click(save()));
    expect(api.updatePolicy).toHaveBeenLastCalledWith({ stepUpAboveFen: 10_000, currentPin: "123456" });
  });

  it("shows a refusal of the server beside the field it names, with its code", async () => {
    renderForm(async () => {
      throw new ApiError("invalid_argument", "the daily limit cannot be below the per-order limit", {
        status: 400,
        field: "dailyLimitFen",
      });
    });
    fireEvent.change(input("setting-dailyLimitFen"), { target: { value: "6000" } });
    fireEvent.change(input("setting-dailyLimitFen"), { target: { value: "5000" } });
    await act(async () => fireEvent.click(save()));
    const error = screen.getByTestId("field-error");
    expect(error.dataset.field).toBe("dailyLimitFen");
    expect(error.textContent).toContain("cannot be below the per-order limit");
    expect(error.querySelector("code")?.textContent).toBe("invalid_argument");
    expect(input("setting-dailyLimitFen").getAttribute("aria-invalid")).toBe("true");
    // Editing the field again clears the server's complaint until the next save.
    fireEvent.change(input("setting-dailyLimitFen"), { target: { value: "7000" } });
    expect(screen.queryByTestId("field-error")).toBeNull();
  });

  it("checks amounts as they are typed, in the UI language", () => {
    renderForm(async () => policy);
    fireEvent.change(input("setting-perOrderLimitFen"), { target: { value: "12.345" } });
    expect(screen.getByTestId("field-error").textContent).toBe("At most two decimals (fen).");
    expect(save().disabled).toBe(true);
  });
});
