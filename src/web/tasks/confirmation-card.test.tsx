// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/api-error.ts";
import type { TaskEvent, TaskQuote } from "../api/types.ts";
import { I18nProvider } from "../i18n/i18n.tsx";
import { ConfirmationCard } from "./confirmation-card.tsx";

afterEach(cleanup);

const quote: TaskQuote = {
  merchant: "Lucky Latte 幸运咖啡",
  lines: [
    { name: "拿铁", nameEn: "Latte", qty: 2, unitFen: 1800, options: { size: "大杯", sugar: "少糖" } },
    { name: "可颂", nameEn: "Croissant", qty: 1, unitFen: 1250 },
  ],
  itemsFen: 4850,
  deliveryFen: 300,
  packagingFen: 100,
  discounts: [{ label: "满40减5", amountFen: 500 }],
  totalFen: 4750,
  cartHash: "hash-abc123",
  address: "Binjiang office, 3F",
  etaMinutes: 28,
  paymentMethod: "Wallet",
  risk: { decision: "step_up", reasons: ["Larger than your usual order"] },
};

const allowed: TaskQuote = { ...quote, risk: { decision: "allow", reasons: [] } };

const task: TaskEvent = {
  type: "task",
  taskId: "task_1",
  kind: "order_delivery",
  status: "awaiting_confirmation",
  quote,
};

function renderCard(
  onConfirm = vi.fn(async (..._args: unknown[]) => {}),
  onCancel = vi.fn(async () => {}),
  shown: TaskQuote = quote,
) {
  render(
    <I18nProvider initialLang="en">
      <ConfirmationCard task={task} quote={shown} onConfirm={onConfirm} onCancel={onCancel} />
    </I18nProvider>,
  );
  return { onConfirm, onCancel };
}

const ride: TaskQuote = {
  merchant: "快车",
  merchantEn: "Express",
  lines: [
    {
      name: "家 → 西湖，预估 ¥24.05–¥34.75",
      nameEn: "home → West Lake, estimated ¥24.05–¥34.75",
      qty: 1,
      unitFen: 3475,
    },
  ],
  totalFen: 3475,
  cartHash: "hash-ride",
  address: "西湖",
  addressEn: "West Lake",
  etaMinutes: 17,
};

function renderRide(lang: "zh" | "en") {
  const rideTask: TaskEvent = { ...task, kind: "ride_hail", quote: ride };
  render(
    <I18nProvider initialLang={lang}>
      <ConfirmationCard
        task={rideTask}
        quote={ride}
        onConfirm={vi.fn(async () => {})}
        onCancel={vi.fn(async () => {})}
      />
    </I18nProvider>,
  );
}

describe("ConfirmationCard", () => {
  it("words a ride card as a trip in the UI language: product, trip, fare cap and destination", () => {
    renderRide("en");
    expect(screen.getByText("Express")).toBeTruthy();
    expect(screen.getAllByText("Trip").length).toBeGreaterThan(0);
    expect(screen.getByText("Up to")).toBeTruthy();
    expect(screen.getByText("West Lake")).toBeTruthy();
    expect(screen.queryByText(/[\u4e00-\u9fff]/u)).toBeNull();
    cleanup();
    renderRide("zh");
    expect(screen.getAllByText("行程").length).toBeGreaterThan(0);
    expect(screen.getByText("预估上限")).toBeTruthy();
    expect(screen.getByText("西湖")).toBeTruthy();
    expect(screen.queryByText("商品")).toBeNull();
  });

  it("shows each line's name, options, quantity and unit price from the quote", () => {
    renderCard();
    const [latte, croissant] = screen.getAllByTestId("quote-line");
    expect(within(latte!).getByText("Latte")).toBeTruthy();
    expect(within(latte!).getByText("大杯 · 少糖")).toBeTruthy();
    expect(within(latte!).getByText("×2")).toBeTruthy();
    expect(within(latte!).getByText("¥18.00")).toBeTruthy();
    expect(within(croissant!).getByText("¥12.50")).toBeTruthy();
  });

  it("shows the fees, discount and total exactly as quoted", () => {
    renderCard();
    expect(screen.getByText("¥48.50")).toBeTruthy();
    expect(screen.getByText("¥3.00")).toBeTruthy();
    expect(screen.getByText("¥1.00")).toBeTruthy();
    expect(screen.getByText("-¥5.00")).toBeTruthy();
    expect(screen.getByTestId("quote-total").textContent).toBe("¥47.50");
  });

  it("shows merchant, address, ETA, payment method and the risk notice", () => {
    renderCard();
    expect(screen.getByText("Lucky Latte 幸运咖啡")).toBeTruthy();
    expect(screen.getByText("Binjiang office, 3F")).toBeTruthy();
    expect(screen.getByText("Arrives in about 28 min")).toBeTruthy();
    expect(screen.getByText("Wallet")).toBeTruthy();
    expect(screen.getByRole("note").textContent).toContain("Larger than your usual order");
  });

  it("confirms once with the quote's cartHash even when double-clicked", async () => {
    let finish: () => void = () => {};
    const onConfirm = vi.fn((..._args: unknown[]) => new Promise<void>((resolve) => (finish = resolve)));
    renderCard(onConfirm, undefined, allowed);
    const button = screen.getByTestId("confirm-button") as HTMLButtonElement;
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onConfirm).toHaveBeenCalledWith("task_1", "hash-abc123", undefined);
    expect(button.disabled).toBe(true);
    await act(async () => finish());
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("re-enables the button and shows the error when confirming fails", async () => {
    const onConfirm = vi.fn(async () => {
      throw new Error("Quote expired");
    });
    renderCard(onConfirm, undefined, allowed);
    await act(async () => {
      fireEvent.click(screen.getByTestId("confirm-button"));
    });
    expect(screen.getByRole("alert").textContent).toBe("Quote expired");
    expect((screen.getByTestId("confirm-button") as HTMLButtonElement).disabled).toBe(false);
  });

  it("asks for the 6-digit PIN on a step-up and sends it with the cartHash", async () => {
    const { onConfirm } = renderCard();
    const button = screen.getByTestId("confirm-button") as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByTestId("pin-input"), { target: { value: "12a3456" } });
    expect((screen.getByTestId("pin-input") as HTMLInputElement).value).toBe("123456");
    await act(async () => {
      fireEvent.click(button);
    });
    expect(onConfirm).toHaveBeenCalledWith("task_1", "hash-abc123", "123456");
  });

  it("asks for the PIN when the server refuses with step_up_required", async () => {
    const onConfirm = vi.fn(async (..._args: unknown[]) => {
      throw new ApiError("step_up_required", "This payment needs your PIN", { status: 403, field: "pin" });
    });
    renderCard(onConfirm, undefined, allowed);
    expect(screen.queryByTestId("pin-input")).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId("confirm-button"));
    });
    expect(screen.getByTestId("pin-input")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("PIN");
  });

  it("cancels the task from the cancel button", async () => {
    const { onCancel } = renderCard();
    await act(async () => {
      fireEvent.click(screen.getByTestId("cancel-button"));
    });
    expect(onCancel).toHaveBeenCalledWith("task_1");
  });

  it("renders injected markup in tool text as plain text", () => {
    const hostile: TaskQuote = { ...quote, merchant: '<img src=x onerror="alert(1)">Shop', risk: undefined };
    const { container } = render(
      <I18nProvider initialLang="en">
        <ConfirmationCard task={task} quote={hostile} onConfirm={vi.fn()} onCancel={vi.fn()} />
      </I18nProvider>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">Shop')).toBeTruthy();
  });
});

describe("a recurring order's card (an open mandate)", () => {
  const recurring: TaskQuote = {
    ...allowed,
    recurrence: {
      rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0;BYSECOND=0",
      text: "每个工作日 09:00",
      textEn: "every weekday at 09:00",
      perRunCapFen: 3000,
      totalCapFen: 30000,
      expiresAt: "2026-12-26T01:00:00.000Z",
      nextRuns: ["2026-11-27T01:00:00.000Z", "2026-11-30T01:00:00.000Z"],
    },
  };

  it("shows the rule, the caps and the expiry, and authorizes without charging now", () => {
    renderCard(undefined, undefined, recurring);
    const terms = within(screen.getByTestId("card-recurrence"));
    expect(terms.getByText("every weekday at 09:00")).toBeTruthy();
    expect(terms.getByText("¥30.00")).toBeTruthy();
    expect(terms.getByText("¥300.00")).toBeTruthy();
    expect(screen.getByTestId("confirm-button").textContent).toBe("Authorize (nothing charged now)");
  });
});

describe("a basket across shops", () => {
  const basket: TaskQuote = {
    merchant: "瑞幸咖啡 + 叮当快药",
    merchantEn: "Luckin Coffee + Dingdang Pharmacy",
    lines: [
      { name: "拿铁", nameEn: "Latte", qty: 1, unitFen: 1690 },
      { name: "布洛芬片", nameEn: "Ibuprofen Tablets", qty: 1, unitFen: 1200 },
    ],
    itemsFen: 2890,
    deliveryFen: 800,
    packagingFen: 200,
    discounts: [{ label: "满15减5", labelEn: "¥5 off ¥15", amountFen: 500 }],
    totalFen: 3390,
    cartHash: "hash-basket",
    orders: [
      {
        merchant: "瑞幸咖啡",
        merchantEn: "Luckin Coffee",
        lines: [{ name: "拿铁", nameEn: "Latte", qty: 1, unitFen: 1690 }],
        itemsFen: 1690,
        deliveryFen: 400,
        packagingFen: 200,
        discounts: [{ label: "满15减5", labelEn: "¥5 off ¥15", amountFen: 500 }],
        totalFen: 1790,
      },
      {
        merchant: "叮当快药",
        merchantEn: "Dingdang Pharmacy",
        lines: [{ name: "布洛芬片", nameEn: "Ibuprofen Tablets", qty: 1, unitFen: 1200 }],
        itemsFen: 1200,
        deliveryFen: 400,
        packagingFen: 0,
        discounts: [],
        totalFen: 1600,
      },
    ],
  };

  it("shows each shop's order with its lines and subtotal, and the sum on the one button", async () => {
    const { onConfirm } = renderCard(undefined, undefined, basket);
    const orders = screen.getAllByTestId("basket-order");
    expect(orders).toHaveLength(2);
    expect(within(orders[0] as HTMLElement).getByText(/Order 1 · Luckin Coffee/)).toBeTruthy();
    expect(within(orders[0] as HTMLElement).getByText("Latte")).toBeTruthy();
    expect(within(orders[1] as HTMLElement).getByText("Ibuprofen Tablets")).toBeTruthy();
    expect(screen.getAllByTestId("basket-order-total").map((node) => node.textContent)).toEqual([
      "¥17.90",
      "¥16.00",
    ]);
    expect(screen.getByTestId("quote-total").textContent).toBe("¥33.90");
    const button = screen.getByTestId("confirm-button");
    expect(button.textContent).toContain("¥33.90");
    await act(async () => {
      fireEvent.click(button);
    });
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onConfirm.mock.calls[0]?.slice(0, 2)).toEqual(["task_1", "hash-basket"]);
  });
});
