// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../api/client.ts";
import type { RecurringOrder } from "../api/settings-types.ts";
import { I18nProvider } from "../i18n/i18n.tsx";
import { RecurringPanel } from "./recurring-panel.tsx";

afterEach(cleanup);

const plan: RecurringOrder = {
  id: "task_plan",
  rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
  ruleText: { zh: "每个工作日 09:00", en: "every weekday at 09:00" },
  title: { zh: "拿铁 ×1 · 瑞幸咖啡", en: "Latte ×1 · Luckin" },
  status: "active",
  nextRunAt: "2026-11-30T01:00:00.000Z",
  spentFen: 3180,
  expiresAt: "2026-12-26T01:00:00.000Z",
  mandate: {
    id: "omd_1",
    status: "active",
    constraints: { perRunCapFen: 3000 },
    expiresAt: 1_798_246_800_000,
  },
  runs: [{ occurrenceAt: "2026-11-27T01:00:00.000Z", status: "paid", amountFen: 1590, taskId: "t1" }],
};

function renderPanel(plans: RecurringOrder[]) {
  let current = plans;
  const api = {
    recurringOrders: vi.fn(async () => current),
    setRecurringPaused: vi.fn(async (_id: string, paused: boolean) => {
      current = current.map((each) => ({ ...each, status: paused ? "paused" : "active" }));
    }),
    cancelTask: vi.fn(async () => {
      current = [];
      return [];
    }),
  } as unknown as ApiClient & Record<"setRecurringPaused" | "cancelTask", ReturnType<typeof vi.fn>>;
  render(
    <I18nProvider initialLang="en">
      <RecurringPanel api={api} />
    </I18nProvider>,
  );
  return api;
}

describe("recurring orders under Settings", () => {
  it("shows the rule, the item, the cap from the mandate and the spend", async () => {
    renderPanel([plan]);
    expect(await screen.findByText("every weekday at 09:00 · Latte ×1 · Luckin")).toBeTruthy();
    expect(screen.getByText("¥30.00")).toBeTruthy();
    expect(screen.getByTestId("recurring-spent").textContent).toBe("¥31.80");
  });

  it("pauses, then cancels (revoking the mandate)", async () => {
    const api = renderPanel([plan]);
    const pause = await screen.findByText("Pause");
    await act(async () => fireEvent.click(pause));
    expect(api.setRecurringPaused).toHaveBeenCalledWith("task_plan", true);
    expect(await screen.findByText("Resume")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByTestId("recurring-revoke")));
    expect(api.cancelTask).toHaveBeenCalledWith("task_plan");
    expect(await screen.findByText(/No recurring orders/u)).toBeTruthy();
  });
});
