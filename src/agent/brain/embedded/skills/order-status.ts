import type { ToolClient } from "../../../tools/client.ts";
import type { BrainDecision, Lang, TaskBrief } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";
import { pastOrderStatus, pastOrdersAnswer } from "./past-order-status.ts";
import { sessionLabel } from "./shanghai-time.ts";
import { ACTIVE_STATUSES, latestTask } from "./task-pick.ts";

const ORDER_STATUS: Record<string, [string, string]> = {
  paid: ["已付款，等商家接单", "paid, waiting for the shop to accept"],
  placed: ["商家还没接单", "waiting for the shop to accept"],
  accepted: ["商家已接单，正在准备", "the shop accepted it and is preparing it"],
  rider_assigned: ["骑手已接单，正赶去取餐", "a rider is on the way to the shop"],
  picked_up: ["骑手已取货", "the rider picked it up"],
  delivering: ["正在配送", "on its way to you"],
  delivered: ["已送达", "delivered"],
  rejected: ["商家拒单了", "rejected by the shop"],
  cancelled: ["已取消", "cancelled"],
};
const TRIP_STATUS: Record<string, [string, string]> = {
  requested: ["正在找司机", "looking for a driver"],
  driver_assigned: ["司机正赶来接你", "your driver is on the way"],
  driver_arrived: ["司机已到上车点", "your driver is at the pickup point"],
  in_trip: ["行程进行中", "on the way"],
  completed: ["已到达", "completed"],
  cancelled: ["已取消", "cancelled"],
  failed: ["没有叫到车", "no driver was found"],
};

/** "我的外卖到哪了": the newest task's status from its service, in one sentence. */
export async function orderStatus(context: SkillContext): Promise<BrainDecision> {
  const { turn, lang } = context;
  const state = { ...context.state, lastIntent: "order_status", awaiting: undefined };
  // "what've I ordered lately?", "how much was my last Starbucks order?": the past orders themselves.
  const past = await pastOrdersAnswer(context, state);
  if (past) return past;
  const task =
    latestTask(turn.tasks, turn.text) ??
    latestTask(turn.tasks, turn.text, ["completed", "cancelled", "failed"]);
  if (!task)
    return (
      (await pastOrderStatus(context, state, ORDER_STATUS)) ?? {
        type: "reply",
        text: say(lang, "你最近没有进行中的订单。", "You have no orders in progress."),
        state,
      }
    );
  return {
    type: "reply",
    text: await describeTask(turn.tools, turn.profile.userId, task, turn.now, lang),
    state,
  };
}

async function describeTask(
  tools: ToolClient,
  userId: string,
  task: TaskBrief,
  now: number,
  lang: Lang,
): Promise<string> {
  // The title in the language of this reply, which may not be the one the task was made in.
  const title = say(lang, task.titleZh ?? task.title, task.titleEn ?? task.title);
  const name = `「${title}」`;
  if (task.status === "awaiting_confirmation")
    return say(
      lang,
      `${name}还在等你在卡片上确认支付。`,
      `"${title}" is waiting for you to confirm on the card.`,
    );
  if (!task.orderId) {
    return ACTIVE_STATUSES.includes(task.status)
      ? say(lang, `${name}正在处理中。`, `"${title}" is being processed.`)
      : say(
          lang,
          `${name}${task.status === "failed" ? "没有成功" : "已取消"}。`,
          `"${title}" ${task.status === "failed" ? "didn't go through" : "was cancelled"}.`,
        );
  }
  if (task.kind === "order_delivery") {
    const order = await tools.call<{
      status: string;
      etaMinutes: number;
      rider: { name: string; nameEn?: string } | null;
    }>("commerce_get_order", { userId, orderId: task.orderId });
    if (!order.ok) return unknown(title, lang);
    // A status without words of its own is never shown raw (an English word in a Chinese reply).
    const [zh, en] = ORDER_STATUS[order.data.status] ?? ["处理中", "in progress"];
    const rider = order.data.rider
      ? say(
          lang,
          `，骑手${order.data.rider.name}`,
          `, rider ${order.data.rider.nameEn ?? order.data.rider.name}`,
        )
      : "";
    const eta =
      order.data.status !== "delivered" && order.data.etaMinutes > 0
        ? say(lang, `，预计 ${order.data.etaMinutes} 分钟送达`, `, about ${order.data.etaMinutes} min away`)
        : "";
    return say(lang, `${name}${zh}${rider}${eta}。`, `"${title}": ${en}${rider}${eta}.`);
  }
  if (task.kind === "ride_hail") {
    const trip = await tools.call<{
      status: string;
      driver: {
        name: string;
        carModel: string;
        carColor: string;
        plate: string;
        nameEn?: string;
        carModelEn?: string;
        carColorEn?: string;
        plateEn?: string;
      } | null;
      pickupEtaSeconds: number | null;
      finalFareFen: number | null;
    }>("rides_get_trip", { userId, tripId: task.orderId });
    if (!trip.ok) return unknown(title, lang);
    const [zh, en] = TRIP_STATUS[trip.data.status] ?? ["行程处理中", "in progress"];
    const driver =
      trip.data.driver && trip.data.status !== "completed"
        ? say(
            lang,
            `，${trip.data.driver.carColor}${trip.data.driver.carModel} ${trip.data.driver.plate}（${trip.data.driver.name}）`,
            `: ${trip.data.driver.nameEn ?? trip.data.driver.name}, ${[trip.data.driver.carColorEn, trip.data.driver.carModelEn ?? trip.data.driver.carModel].filter(Boolean).join(" ")} ${trip.data.driver.plateEn ?? trip.data.driver.plate}`,
          )
        : "";
    const eta =
      trip.data.status === "driver_assigned" && trip.data.pickupEtaSeconds
        ? say(
            lang,
            `，约 ${Math.ceil(trip.data.pickupEtaSeconds / 60)} 分钟到`,
            `, about ${Math.ceil(trip.data.pickupEtaSeconds / 60)} min away`,
          )
        : "";
    const fare =
      trip.data.finalFareFen !== null
        ? say(lang, `，车费 ${yuan(trip.data.finalFareFen)}`, `, fare ${yuan(trip.data.finalFareFen)}`)
        : "";
    return say(lang, `${name}${zh}${driver}${eta}${fare}。`, `"${title}": ${en}${driver}${eta}${fare}.`);
  }
  if (task.kind === "buy_tickets") {
    const booking = await tools.call<{
      status: string;
      session: { startsAt: number };
      tickets: { code: string }[];
    }>("tickets_get_booking", { userId, bookingId: task.orderId });
    if (!booking.ok) return unknown(title, lang);
    if (booking.data.status === "cancelled") return say(lang, `${name}已退票。`, `"${title}" was cancelled.`);
    const codes = booking.data.tickets.map((ticket) => ticket.code).join(say(lang, "、", ", "));
    return say(
      lang,
      `${name}已出票，${sessionLabel(booking.data.session.startsAt, now, lang)}开演，电子票码：${codes}。`,
      `"${title}" is booked for ${sessionLabel(booking.data.session.startsAt, now, lang)}; e-ticket codes: ${codes}.`,
    );
  }
  return say(
    lang,
    `${name}${task.status === "completed" ? "已完成" : "处理中"}。`,
    `"${title}" is ${task.status === "completed" ? "done" : "in progress"}.`,
  );
}

function unknown(title: string, lang: Lang): string {
  return say(
    lang,
    `暂时查不到「${title}」的最新状态。`,
    `I can't reach the service for "${title}" right now.`,
  );
}
