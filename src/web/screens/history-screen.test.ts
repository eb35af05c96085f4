import { describe, expect, it } from "vitest";
import type { PaymentRecord } from "../api/types.ts";
import { paymentAmount } from "./history-screen.tsx";

const line = (kind: string, netFen: number, heldFen: number): PaymentRecord => ({
  journalId: `jnl_${kind}`,
  kind,
  intentId: null,
  description: "拿铁 ×1",
  createdAt: 0,
  netFen,
  walletFen: netFen - heldFen,
  heldFen,
  cardFen: 0,
});

describe("payment history amounts", () => {
  it("shows what a capture, refund or top-up did to the user's money, signed", () => {
    expect(paymentAmount(line("capture", -1800, -1800))).toEqual({ fen: -1800, signed: true });
    expect(paymentAmount(line("refund", 800, 0))).toEqual({ fen: 800, signed: true });
  });

  it("shows the held amount of an authorization or release, which nets to nothing", () => {
    expect(paymentAmount(line("authorize", 0, 1800))).toEqual({ fen: 1800, signed: false });
    expect(paymentAmount(line("release", 0, -1800))).toEqual({ fen: 1800, signed: false });
  });
});
