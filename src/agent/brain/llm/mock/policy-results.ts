import { addressLabel, OPTION_WORDS, quantity, say } from "./policy-words.ts";
import type { RequestView, SeenResult } from "./request-view.ts";
import type { MockStep } from "./steps.ts";

type Json = Record<string, unknown>;
const call = (name: string, args: Json): MockStep => ({
  type: "message",
  toolCalls: [{ name, arguments: args }],
});
const reply = (content: string): MockStep => ({ type: "message", content });
const list = (value: unknown): Json[] =>
  Array.isArray(value)
    ? (value.filter((item) => item && typeof item === "object" && !("more" in item)) as Json[])
    : [];

/** The policy's next move once a tool has answered. */
export function afterResult(view: RequestView, last: SeenResult): MockStep {
  const { lang, user } = view;
  if (last.error)
    return reply(
      say(
        lang,
        `抱歉，没办成：${last.error.message ?? ""}`,
        `Sorry, that didn't work: ${last.error.message ?? ""}`,
      ),
    );
  const data = last.data ?? {};
  switch (last.name) {
    case "commerce_search_items": {
      const item = list(data.items).find((candidate) => candidate.inStock !== false);
      if (!item) return reply(say(lang, "附近没有找到。", "I couldn't find that nearby."));
      const offered = (item.options ?? {}) as Record<string, string>;
      const options: Record<string, string> = {};
      for (const [key, choice, pattern] of OPTION_WORDS) {
        const choices = (offered[key] ?? "").split("|").map((entry) => entry.replace(/[*+].*$/u, ""));
        if (!options[key] && choices.includes(choice) && pattern.test(user)) options[key] = choice;
      }
      return call("propose_order", {
        merchantId: item.merchantId,
        lines: [{ skuId: item.skuId, qty: quantity(user), options }],
        addressLabel: addressLabel(user),
      });
    }
    case "maps_weather": {
      const forecasts = list(data.forecasts);
      const day = (/明天|tomorrow/iu.test(user) ? forecasts[1] : forecasts[0]) ?? forecasts[0];
      if (!day) return reply(say(lang, "没查到天气。", "No forecast found."));
      return reply(
        say(
          lang,
          `杭州${day.date}：${day.dayweather}，${day.nighttemp}–${day.daytemp}°C。`,
          `Hangzhou on ${day.date}: ${day.dayweather_en}, ${day.nighttemp}–${day.daytemp}°C.`,
        ),
      );
    }
    case "pay_get_balance": {
      const yuan = (Number(data.availableFen ?? 0) / 100).toLocaleString("en-US", {
        minimumFractionDigits: 2,
      });
      return reply(say(lang, `钱包余额 ¥${yuan}。`, `Your wallet has ¥${yuan}.`));
    }
    case "maps_text_search": {
      const poi = list(data.pois)[0];
      if (!poi) return reply(say(lang, "地图上没找到这个地方。", "I couldn't find that place on the map."));
      if (view.tools.has("propose_ride") && /打.{0,2}车|叫.{0,2}车|taxi|ride|cab/iu.test(user))
        return call("propose_ride", { from: "home", to: poi.id, productId: "economy" });
      const from = /从公司|from (?:the |my )?office|from work/iu.test(user) ? "office" : "home";
      return call("maps_direction_transit_integrated", {
        origin: from,
        destination: poi.location,
        city: "杭州",
        cityd: "杭州",
      });
    }
    case "maps_direction_transit_integrated": {
      const route = (data.route ?? data) as Json;
      const transit = list(route.transits)[0] ?? route;
      const minutes = Math.round(Number(transit.duration ?? 0) / 60);
      const km = (Number(transit.distance ?? route.distance ?? 0) / 1000).toFixed(1);
      return reply(
        say(lang, `坐公交地铁约 ${minutes} 分钟，${km} km。`, `About ${minutes} min by transit, ${km} km.`),
      );
    }
    case "tickets_search_events": {
      const event = list(data.events)[0];
      const session = list(event?.sessions)[0];
      if (!event || !session) return reply(say(lang, "没有找到合适的演出。", "I found no matching event."));
      return call("tickets_find_adjacent_seats", { sessionId: session.sessionId, count: quantity(user) });
    }
    case "tickets_find_adjacent_seats": {
      const option = list(data.options)[0];
      const events = view.results.find((result) => result.name === "tickets_search_events")?.data;
      const event = list(events?.events)[0];
      if (!option || !event) return reply(say(lang, "没有连座了。", "No seats together are left."));
      return call("propose_tickets", {
        eventId: event.id,
        sessionId: data.sessionId,
        seatIds: option.seatIds,
      });
    }
    case "commerce_list_orders": {
      const latest = list(data.orders)[0];
      if (!latest) return reply(say(lang, "你现在没有订单。", "You have no orders right now."));
      return reply(
        say(
          lang,
          `最近的订单「${latest.merchantNameZh}」状态：${latest.status}。`,
          `Your latest order from ${latest.merchantNameEn} is ${latest.status}.`,
        ),
      );
    }
    default:
      return reply(say(lang, "好的。", "OK."));
  }
}
