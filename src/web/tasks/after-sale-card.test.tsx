// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TaskEvent } from "../api/types.ts";
import { I18nProvider } from "../i18n/i18n.tsx";
import { TaskCard } from "./task-card.tsx";

afterEach(cleanup);

const awaiting: TaskEvent = {
  type: "task",
  taskId: "task_claim",
  kind: "after_sale",
  status: "awaiting_confirmation",
  titleZh: "洒漏退款 · 珍珠奶茶",
  titleEn: "Spilled refund · Bubble Milk Tea",
  quote: {
    merchant: "蜜雪冰城",
    merchantEn: "Mixue",
    lines: [
      { name: "洒漏：珍珠奶茶", nameEn: "Spilled: Bubble Milk Tea", qty: 1, unitFen: 1400, lineFen: 1400 },
    ],
    totalFen: 1400,
    cartHash: "hash-claim",
    notes: [
      {
        zh: "在平台秒退额度内：提交后立即退回原支付方式",
        en: "Within the platform's instant limit: refunded as soon as it's filed",
      },
    ],
  },
};

const settled: TaskEvent = {
  ...awaiting,
  status: "failed",
  quote: { ...(awaiting.quote as NonNullable<TaskEvent["quote"]>) },
  timeline: [
    { at: Date.UTC(2026, 10, 26, 2, 0), status: "filed", text: "已提交" },
    { at: Date.UTC(2026, 10, 26, 2, 0), status: "under_review", text: "平台审核中" },
    { at: Date.UTC(2026, 10, 26, 3, 0), status: "rejected", text: "已驳回" },
  ],
  afterSale: {
    claimId: "clm_1",
    kind: "quality",
    status: "rejected",
    amountFen: 2800,
    refundedFen: 0,
    decision: {
      zh: "这类问题需要照片凭证，这次没有上传照片",
      en: "Claims of this kind need a photo, and none was uploaded",
    },
  },
};

function show(
  task: TaskEvent,
  lang: "zh" | "en",
  onConfirm = vi.fn(async () => {}),
  onAttachPhoto = vi.fn(async (_taskId: string, _photo: { contentType: string; dataBase64: string }) => {}),
) {
  render(
    <I18nProvider initialLang={lang}>
      <TaskCard
        task={task}
        onConfirm={onConfirm}
        onCancel={vi.fn(async () => {})}
        onAttachPhoto={onAttachPhoto}
      />
    </I18nProvider>,
  );
  return onConfirm;
}

describe("the after-sale card", () => {
  it("asks to file the claim for the amount coming back, never to pay, in English", () => {
    const onConfirm = show(awaiting, "en");
    const button = screen.getByTestId("confirm-button");
    expect(button.textContent).toBe("File claim · ¥14.00 back");
    expect(screen.getByTestId("claim-notes").textContent).toContain("Nothing is charged");
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledWith("task_claim", "hash-claim", undefined);
  });

  it("says the same in Chinese", () => {
    show(awaiting, "zh");
    expect(screen.getByTestId("confirm-button").textContent).toBe("确认提交 · 退 ¥14.00");
    expect(screen.getByText("洒漏：珍珠奶茶")).toBeTruthy();
    expect(screen.getByTestId("claim-notes").textContent).toContain("不扣任何钱");
  });

  it("shows a turned-down claim with its reason and its timeline in the UI's language", () => {
    show(settled, "en");
    expect(screen.getByTestId("after-sale-status").textContent).toBe("Turned down");
    expect(screen.getByTestId("after-sale-decision").textContent).toContain("need a photo");
    const steps = within(screen.getByTestId("order-timeline")).getAllByTestId("timeline-step");
    expect(steps.map((step) => step.textContent?.replace(/^\d\d:\d\d/u, ""))).toEqual([
      "Claim filed",
      "Platform reviewing",
      "Turned down",
    ]);
  });

  it("shows a refunded claim in Chinese", () => {
    show(
      {
        ...settled,
        status: "completed",
        afterSale: {
          ...(settled.afterSale as NonNullable<TaskEvent["afterSale"]>),
          status: "refunded",
          refundedFen: 2800,
          decision: { zh: "平台审核通过", en: "Approved after review" },
        },
      },
      "zh",
    );
    expect(screen.getByTestId("after-sale-status").textContent).toBe("已退款");
    expect(screen.getByTestId("after-sale-refunded").textContent).toBe("¥28.00");
    expect(screen.getByTestId("after-sale-decision").textContent).toBe("平台审核通过");
  });

  it("sends a picked photo for the claim's card as base64", async () => {
    const onAttachPhoto = vi.fn(
      async (_taskId: string, _photo: { contentType: string; dataBase64: string }) => {},
    );
    show(
      awaiting,
      "en",
      vi.fn(async () => {}),
      onAttachPhoto,
    );
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "spill.png", { type: "image/png" });
    fireEvent.change(screen.getByTestId("claim-photo"), { target: { files: [file] } });
    await waitFor(() => expect(onAttachPhoto).toHaveBeenCalled());
    expect(onAttachPhoto).toHaveBeenCalledWith("task_claim", {
      contentType: "image/png",
      dataBase64: "iVBORw==",
    });
  });
});
