import type { IncomingMessage, ServerResponse } from "node:http";
import type { AgentEvent, TaskEvent } from "../api/types.ts";
import type { ApiHandler } from "./static-server.ts";

/**
 * A scripted stand-in for the server's HTTP contract, for screenshots and manual UI checks only:
 * a coffee order awaiting confirmation, its delivery after confirming, and an e-ticket.
 */
export function createMockApi(): ApiHandler {
  const now = Date.UTC(2025, 4, 20, 6, 30);
  const origin = { lng: 120.212, lat: 30.208 };
  const destination = { lng: 120.19, lat: 30.19 };
  const coffee: TaskEvent = {
    type: "task",
    taskId: "task_coffee",
    kind: "order_delivery",
    status: "awaiting_confirmation",
    quote: {
      merchant: "Lucky Latte 幸运咖啡 (滨江店)",
      lines: [
        {
          name: "生椰拿铁",
          nameEn: "Coconut latte",
          qty: 2,
          unitFen: 1800,
          options: { size: "大杯", sugar: "少糖" },
        },
        { name: "黄油可颂", nameEn: "Butter croissant", qty: 1, unitFen: 1250 },
      ],
      itemsFen: 4850,
      deliveryFen: 300,
      packagingFen: 100,
      discounts: [{ label: "满40减5", amountFen: 500 }],
      totalFen: 4750,
      cartHash: "c0ffee",
      address: "滨江区 网商路 599 号 3F (公司)",
      etaMinutes: 28,
      paymentMethod: "Dimple 钱包",
    },
  };
  const sse = (response: ServerResponse, events: AgentEvent[], end = true) => {
    response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    for (const event of events) response.write(`data: ${JSON.stringify(event)}\n\n`);
    if (end) response.end("event: end\ndata: {}\n\n");
  };
  const json = (response: ServerResponse, body: unknown, status = 200) => {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(JSON.stringify(body));
  };
  const readBody = async (request: IncomingMessage): Promise<Record<string, unknown>> => {
    let text = "";
    for await (const chunk of request) text += chunk;
    try {
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };

  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const route = `${request.method} ${url.pathname}`;
    if (route === "GET /api/auth/demo-users") {
      json(response, [
        { username: "xiaoming", password: "dimple123", lang: "zh" },
        { username: "alice", password: "dimple123", lang: "en" },
      ]);
    } else if (route === "POST /api/auth/login") {
      const body = await readBody(request);
      if (body.password !== "dimple123")
        json(response, { error: { code: "bad_login", message: "Wrong password" } }, 401);
      else json(response, { token: "mock-token", userId: "u_xiaoming" });
    } else if (route === "GET /api/me") {
      json(response, {
        userId: "u_xiaoming",
        username: "xiaoming",
        displayName: "小明",
        lang: "zh",
        role: "user",
        addresses: [
          { label: "home", address: "西湖区 文三路 90 号" },
          { label: "office", address: "滨江区 网商路 599 号 3F" },
        ],
        paymentMethods: [
          { id: "pm_wallet", label: "Dimple 钱包", isDefault: true },
          { id: "pm_card", label: "招商银行 ···· 8842", isDefault: false },
        ],
        walletFen: 200_000,
        policies: { perOrderLimitFen: 50_000, dailyLimitFen: 100_000, stepUpAboveFen: 30_000 },
      });
    } else if (route === "POST /api/sessions") {
      json(response, { sessionId: "s_mock" });
    } else if (request.method === "POST" && url.pathname.endsWith("/messages")) {
      const text = String((await readBody(request)).text ?? "");
      if (/票|ticket/i.test(text)) {
        sse(response, [
          { type: "state", state: "executing", tool: "tickets.book" },
          { type: "reply", text: "票已订好，这是你的电子票。" },
          {
            type: "task",
            taskId: "task_ticket",
            kind: "buy_tickets",
            status: "completed",
            quote: {
              merchant: "杭州大剧院",
              lines: [{ name: "看台票", qty: 2, unitFen: 28000 }],
              totalFen: 56000,
              cartHash: "t1",
            },
            ticket: {
              code: "HZ-7Q2K-9XD4",
              eventName: "西湖音乐节 West Lake Music Festival",
              session: "5月24日 19:30",
              seats: ["A区 12排 7座", "A区 12排 8座"],
            },
          },
        ]);
      } else {
        sse(response, [
          { type: "state", state: "thinking" },
          { type: "state", state: "executing", tool: "commerce.quote" },
          {
            type: "reply",
            text: "帮你找到了幸运咖啡，两杯大杯少糖生椰拿铁加一个可颂，用满40减5后 ¥47.50。确认一下吧？",
          },
          coffee,
        ]);
      }
    } else if (request.method === "POST" && url.pathname.endsWith("/confirm")) {
      json(response, {
        events: [
          { type: "task", taskId: "task_coffee", kind: "order_delivery", status: "processing" },
          { type: "reply", text: "已付款，商家正在制作，骑手接单后我会告诉你。" },
          {
            type: "task",
            taskId: "task_coffee",
            kind: "order_delivery",
            status: "in_fulfilment",
            orderId: "ord_8842",
            timeline: [
              { at: now, status: "paid", text: "已支付 ¥47.50" },
              { at: now + 60_000, status: "accepted", text: "商家已接单" },
              { at: now + 9 * 60_000, status: "picked_up", text: "骑手王师傅已取餐" },
            ],
            tracking: {
              origin,
              destination,
              courier: { lng: 120.203, lat: 30.2, name: "王师傅" },
              etaMinutes: 12,
            },
          },
        ],
      });
    } else if (request.method === "POST" && url.pathname.endsWith("/cancel")) {
      json(response, {
        events: [{ type: "task", taskId: "task_coffee", kind: "order_delivery", status: "cancelled" }],
      });
    } else if (route === "GET /api/events") {
      sse(response, [], false);
      setTimeout(() => {
        response.write(
          `data: ${JSON.stringify({ type: "notification", text: "骑手王师傅已取餐，预计 12 分钟送达", taskId: "task_coffee" })}\n\n`,
        );
      }, 1500);
      request.on("close", () => response.end());
    } else if (route === "GET /api/orders") {
      json(response, [
        {
          orderId: "ord_8842",
          taskId: "task_coffee",
          merchant: "Lucky Latte 幸运咖啡",
          totalFen: 4750,
          status: "in_fulfilment",
          createdAt: now,
          lines: [
            { name: "生椰拿铁", qty: 2 },
            { name: "黄油可颂", qty: 1 },
          ],
        },
      ]);
    } else if (route === "GET /api/payments") {
      json(response, [
        {
          id: "pay_1",
          amountFen: 4750,
          status: "succeeded",
          description: "Lucky Latte 幸运咖啡",
          createdAt: now,
        },
      ]);
    } else if (route === "POST /api/feedback") {
      json(response, { ok: true });
    } else {
      json(response, { error: { code: "not_found", message: "No such route" } }, 404);
    }
    return true;
  };
}
