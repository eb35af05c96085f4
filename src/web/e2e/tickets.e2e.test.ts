/**
 * End-to-end: buying concert tickets by chat in the built web app against the REAL server (world,
 * embedded brain, engine, pay, tickets service) in headless Chromium, through to the e-ticket and
 * its QR code. Screenshots go to artifacts/screenshots/ (see docs/WEB.md).
 */
import type { Locator, Page } from "playwright-core";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TaskEvent } from "../api/types.ts";
import { formatFen } from "../format/money.ts";
import { browserMissingReason, say, shot, signIn, useBrowserSuite } from "./harness.ts";

const missing = browserMissingReason();
if (missing) console.warn(`Skipping the browser tests: ${missing}`);

interface Booking {
  bookingId: string;
  status: string;
  totalFen: number;
  event: { nameZh: string; nameEn: string };
  tickets: { code: string; section: string; row: number; seat: number; priceFen: number }[];
}

describe.skipIf(missing !== null)("buying concert tickets in the web app, in Chromium", () => {
  const suite = useBrowserSuite({ beforeAll, afterAll });
  const { pageErrors, openPage } = suite;

  /** The booking as the tickets service holds it, read on the server beside the browser. */
  async function bookingOf(userId: string, bookingId: string): Promise<Booking> {
    const result = await suite.server.agent.tools.call<Booking>("tickets_get_booking", { userId, bookingId });
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  }

  /**
   * Checks the card shows the server's quote (GET /api/tasks/:id) line by line, then confirms it,
   * entering the PIN when the user's rules ask for a step-up at that amount.
   */
  async function confirmTickets(token: string, card: Locator): Promise<TaskEvent> {
    const taskId = (await card.getAttribute("data-task-id")) ?? "";
    const task = await suite.server.get<TaskEvent>(token, `/api/tasks/${taskId}`);
    expect(task.kind).toBe("buy_tickets");
    expect(task.status).toBe("awaiting_confirmation");
    const quote = task.quote;
    if (!quote) throw new Error("the ticket task has no quote");
    expect(quote.lines).toHaveLength(2);
    expect(await card.getByTestId("quote-total").textContent()).toBe(formatFen(quote.totalFen));
    const lines = card.getByTestId("quote-line");
    expect(await lines.count()).toBe(quote.lines.length);
    for (const [index, line] of quote.lines.entries()) {
      const row = lines.nth(index);
      // One seat per line: its name carries the section, row and seat; its price is the seat's.
      expect(await row.locator(".line-name").textContent()).toMatch(/row \d+ seat \d+|\d+排\d+号/);
      expect(await row.locator(".numeric").last().textContent()).toBe(formatFen(line.unitFen));
    }
    expect(quote.totalFen).toBe(quote.lines.reduce((sum, line) => sum + line.qty * line.unitFen, 0));

    const policy = await suite.server.get<{ stepUpAboveFen: number }>(token, "/api/policies");
    const pin = card.getByTestId("pin-input");
    if (quote.totalFen > policy.stepUpAboveFen) {
      await pin.waitFor();
      await pin.fill("123456");
    } else {
      expect(await pin.count(), "no PIN below the step-up amount").toBe(0);
    }
    return task;
  }

  /** The e-ticket of a paid task: its code is the booking's codes, and its QR image encodes them. */
  async function checkETicket(
    page: Page,
    token: string,
    taskId: string,
    userId: string,
    lang: "zh" | "en",
  ): Promise<Locator> {
    const live = page.locator(`[data-testid=task-card][data-task-id=${taskId}]`);
    const qr = live.getByTestId("ticket-qr");
    await qr.waitFor({ timeout: 20_000 });
    // Issued tickets finish the purchase: completed in the API and on the card, which then offers
    // what the ticket rules allow (a refund), worded in the UI's language.
    await expect
      .poll(async () => (await suite.server.get<TaskEvent>(token, `/api/tasks/${taskId}`)).status)
      .toBe("completed");
    await expect.poll(() => live.getAttribute("data-status")).toBe("completed");
    await live.getByRole("button", { name: lang === "en" ? "Refund tickets" : "退票" }).waitFor();
    const task = await suite.server.get<TaskEvent>(token, `/api/tasks/${taskId}`);
    const orders = await suite.server.get<{ orderId: string; taskId: string }[]>(token, "/api/orders");
    const orderId = orders.find((order) => order.taskId === taskId)?.orderId ?? "";
    const booking = await bookingOf(userId, orderId);
    expect(booking.status).toBe("confirmed");
    expect(booking.totalFen).toBe(task.quote?.totalFen);
    const codes = booking.tickets.map((ticket) => ticket.code);
    expect(codes).toHaveLength(2);
    expect(task.ticket?.code).toBe(codes.join(","));
    expect(await live.locator(".ticket-code").textContent()).toBe(codes.join(", "));
    // The event and the seats in the UI's language, from the booking's own fields.
    expect(await live.locator(".ticket-event").textContent()).toBe(
      lang === "en" ? booking.event.nameEn : booking.event.nameZh,
    );
    for (const ticket of booking.tickets) {
      expect(await live.locator(".ticket").textContent()).toContain(
        lang === "en"
          ? `Section ${ticket.section}, row ${ticket.row}, seat ${ticket.seat}`
          : `${ticket.section}区 ${ticket.row}排${ticket.seat}号`,
      );
    }

    // The QR image is decoded and drawn by the browser...
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    const box = await qr.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    // ...and it is the QR of the booking's codes: the same encoder, fed the server's codes, draws
    // exactly the image shown (no QR decoder is at hand, and the encoder is deterministic).
    const expected = await QRCode.toString(codes.join(","), {
      type: "svg",
      margin: 1,
      errorCorrectionLevel: "M",
    });
    const src = (await qr.getAttribute("src")) ?? "";
    expect(src.startsWith("data:image/svg+xml;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(src.slice(src.indexOf(",") + 1))).toBe(expected);
    expect(await qr.getAttribute("alt")).toContain(codes[0]);
    // Every detail stays inside its column, clear of the QR, at any width.
    const overflows = await live.locator(".ticket").evaluate((ticket) => {
      const column = ticket.querySelector(".ticket-info")?.getBoundingClientRect();
      return [...ticket.querySelectorAll("dd")]
        .filter((dd) => column === undefined || dd.getBoundingClientRect().right > column.right + 1)
        .map((dd) => dd.textContent);
    });
    expect(overflows).toEqual([]);
    return live;
  }

  it("buys two concert tickets in English on a desktop and shows the e-ticket with its QR code", async () => {
    const page = await openPage("desktop", "en-US");
    await signIn(page, "alice");
    const token = await suite.server.login("alice");
    await say(page, "Buy two tickets for Jay Chou on Sunday, seats together");
    const card = page.locator("[data-testid=task-card][data-status=awaiting_confirmation]").last();
    await card.getByTestId("confirm-button").waitFor();
    expect(await card.textContent()).toContain("Jay Chou");
    // Worded as tickets: the event, its seats and the venue, not a shop delivering items.
    expect(await card.locator(".confirm-merchant .label").textContent()).toBe("Event");
    expect(await card.textContent()).toContain("Venue & time");
    expect(await card.textContent()).not.toContain("Deliver to");
    const task = await confirmTickets(token, card);
    await page.screenshot({ path: shot("tickets-chat-confirm-desktop") });
    await card.screenshot({ path: shot("tickets-card-desktop") });

    await card.getByTestId("confirm-button").click();
    const live = await checkETicket(page, token, task.taskId, "u_alice", "en");
    await live.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("eticket-chat-desktop") });
    await live.screenshot({ path: shot("eticket-desktop") });
  }, 60_000);

  it("buys tickets in Chinese on a phone, the e-ticket fitting the screen", async () => {
    const page = await openPage("phone", "zh-CN");
    await signIn(page, "xiaoming");
    const token = await suite.server.login("xiaoming");
    await say(page, "买两张周六周杰伦演唱会的票，要连座，每张600块以内");
    const card = page.locator("[data-testid=task-card][data-status=awaiting_confirmation]").last();
    await card.getByTestId("confirm-button").waitFor();
    expect(await card.textContent()).toContain("周杰伦");
    expect(await card.locator(".confirm-merchant .label").textContent()).toBe("演出");
    expect(await card.textContent()).toContain("场馆与时间");
    const task = await confirmTickets(token, card);
    for (const line of task.quote?.lines ?? []) expect(line.unitFen).toBeLessThanOrEqual(60_000);
    await card.screenshot({ path: shot("tickets-card-phone") });

    await card.getByTestId("confirm-button").click();
    const live = await checkETicket(page, token, task.taskId, "u_xiaoming", "zh");
    await live.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot("eticket-chat-phone") });
    await live.screenshot({ path: shot("eticket-phone") });
  }, 60_000);

  it("raised no script errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
