import type { BrainOption, Lang } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { SkillContext } from "./context.ts";
import type { EventSummary } from "./event-match.ts";
import type { SeatChoice, SeatTier } from "./seat-choice.ts";
import { dayLabel, nextSessionOn, sessionLabel, shanghaiClock, shanghaiDate } from "./shanghai-time.ts";
import { dateSlot, type PartOfDay, sessionsFor, type TicketDraft } from "./ticket-draft.ts";

/** "每张 ¥500.00 以内" / "¥1000.00 in total": the cap as the user said it. */
export function capWords(draft: TicketDraft, lang: Lang): string {
  if (draft.totalMaxFen !== undefined)
    return say(lang, `总价 ${yuan(draft.totalMaxFen)} 以内`, `${yuan(draft.totalMaxFen)} in total`);
  if (draft.maxPriceFen !== undefined)
    return say(lang, `每张 ${yuan(draft.maxPriceFen)} 以内`, `${yuan(draft.maxPriceFen)} or less each`);
  return "";
}

function groupWords(draft: TicketDraft, count: number, lang: Lang): string {
  return count > 1 && draft.together !== false
    ? say(lang, `${count} 个连座`, `${count} seats together`)
    : say(lang, `${count} 个座位`, `${count} seat${count > 1 ? "s" : ""}`);
}

/**
 * No seats within the cap: the cheapest real option of this session for this group (not the event's
 * lowest tier price), and whether another session fits the budget. "好的" then buys at that price.
 */
export function overCapText(
  event: EventSummary,
  startsAt: number,
  draft: TicketDraft,
  count: number,
  cheapest: SeatChoice | undefined,
  fittingSession: number | undefined,
  now: number,
  lang: Lang,
): string {
  const cap = capWords(draft, lang);
  const group = groupWords(draft, count, lang);
  const when = sessionLabel(startsAt, now, lang);
  const head = say(
    lang,
    `「${event.nameZh}」${when}没有${cap}的${group}了`,
    `${event.nameEn}, ${when}: no ${group} at ${cap} left`,
  );
  const other =
    fittingSession !== undefined
      ? say(
          lang,
          `${sessionLabel(fittingSession, now, lang)}那场有预算内的座位，说「换那场」就改。`,
          ` The ${sessionLabel(fittingSession, now, lang)} session has seats in your budget — say "that session" to switch.`,
        )
      : "";
  if (!cheapest)
    return `${head}${say(lang, "，也没有别的空位了。", ", and nothing else is free either.")}${other}`;
  const each = Math.round(cheapest.totalFen / count);
  return `${head}${say(
    lang,
    `：这场最便宜的是${cheapest.label.zh}，每张 ${yuan(each)}，${count} 张共 ${yuan(cheapest.totalFen)}。要按这个价买吗（说「好的」就买），还是换一场、放宽预算？`,
    `. The cheapest here is ${cheapest.label.en}, ${yuan(each)} each, ${yuan(cheapest.totalFen)} for ${count}. Buy at that price (just say "ok"), or try another session or budget?`,
  )}${other}`;
}

/** The area asked for is not sold at this session: say which areas are, with their prices. */
export function noSuchAreaText(
  event: EventSummary,
  startsAt: number,
  area: string,
  tiers: readonly SeatTier[],
  now: number,
  lang: Lang,
): string {
  const list = tiers
    .map((tier) => `${say(lang, tier.nameZh, tier.nameEn)} ${yuan(tier.priceFen)}`)
    .join(say(lang, "、", ", "));
  return say(
    lang,
    `「${event.nameZh}」${sessionLabel(startsAt, now, lang)}没有「${area}」这个区，可选：${list}。要哪个？`,
    `${event.nameEn}, ${sessionLabel(startsAt, now, lang)} has no "${area}" area. It sells: ${list}. Which would you like?`,
  );
}

/** The card's explanation: the show, the seats, and every wish kept or not kept. */
export function explainTickets(
  event: EventSummary,
  startsAt: number,
  choice: SeatChoice,
  draft: TicketDraft,
  notes: { cheapestEvent?: boolean; bestForFront?: boolean },
  now: number,
  lang: Lang,
): string {
  const count = choice.seatIds.length;
  const budget =
    draft.acceptedOverFen !== undefined
      ? say(
          lang,
          `，按你同意的价格（超出了${draft.totalMaxFen !== undefined ? "总价" : "每张"} ${yuan(draft.acceptedOverFen)} 的预算）`,
          `, at the price you accepted (over your ${yuan(draft.acceptedOverFen)}${draft.totalMaxFen !== undefined ? " total" : " each"} budget)`,
        )
      : draft.totalMaxFen !== undefined
        ? say(
            lang,
            `，在总价 ${yuan(draft.totalMaxFen)} 的预算内`,
            `, within your ${yuan(draft.totalMaxFen)} total`,
          )
        : draft.maxPriceFen !== undefined
          ? say(
              lang,
              `，在每张 ${yuan(draft.maxPriceFen)} 的预算内`,
              `, within ${yuan(draft.maxPriceFen)} each`,
            )
          : "";
  const together =
    count > 1
      ? choice.together
        ? say(lang, "连座", "seats together")
        : draft.together === false
          ? say(lang, "分开的座位（你说不连座也行）", "not together, as you said that's fine")
          : say(lang, "没有连座了，分开的座位", "not together — no adjacent seats left")
      : "";
  const lead = notes.cheapestEvent ? say(lang, "符合条件里最便宜的是：", "The cheapest that fits: ") : "";
  const front = notes.bestForFront
    ? say(
        lang,
        "（这场不按前后排卖，给你选了最好的区）",
        " (this show sells by area, not by row, so I took the best area)",
      )
    : "";
  return say(
    lang,
    `${lead}「${event.nameZh}」${sessionLabel(startsAt, now, lang)}，${event.venue.nameZh}：${choice.label.zh}${front}${together ? `，${together}` : ""}，${count} 张共 ${yuan(choice.totalFen)}${budget}。`,
    `${lead}${event.nameEn}, ${sessionLabel(startsAt, now, lang)} at ${event.venue.nameEn}: ${choice.label.en}${front}${together ? `, ${together}` : ""}, ${count} ticket${count > 1 ? "s" : ""}, ${yuan(choice.totalFen)} in all${budget}.`,
  );
}

/** "周杰伦多少钱一张": the tiers of the next session and what they cost, no card. */
export function priceText(
  event: EventSummary,
  startsAt: number,
  tiers: readonly SeatTier[],
  now: number,
  lang: Lang,
): string {
  const list = tiers
    .map(
      (tier) =>
        `${say(lang, tier.nameZh, tier.nameEn)} ${yuan(tier.priceFen)}${tier.available === 0 ? say(lang, "（售罄）", " (sold out)") : ""}`,
    )
    .join(say(lang, "、", ", "));
  return say(
    lang,
    `「${event.nameZh}」${sessionLabel(startsAt, now, lang)}，${event.venue.nameZh}：${list}。要买的话告诉我几张。`,
    `${event.nameEn}, ${sessionLabel(startsAt, now, lang)} at ${event.venue.nameEn}: ${list}. Tell me how many if you'd like tickets.`,
  );
}

export function optionOf(choice: SeatChoice, index: number, lang: Lang): BrainOption {
  return {
    id: `seats${index + 1}`,
    label: say(lang, choice.label.zh, choice.label.en),
    detail: yuan(choice.totalFen),
  };
}

const PART_WORDS: Record<PartOfDay, [zh: string, en: string]> = {
  morning: ["上午", "morning"],
  afternoon: ["下午", "afternoon"],
  evening: ["晚上", "evening"],
};

/**
 * No session where the user asked, with the day asked named back ("12月20日（周日）"). When the day has
 * sessions at another part of it ("this Sunday evening", Sunday's only one at 14:00), that is said — never
 * "it isn't on Sunday" — and the day is kept, so a yes books it; else the sessions there are.
 */
export function noSession(
  context: SkillContext,
  event: EventSummary,
  draft: TicketDraft,
): { text: string; clear: Partial<TicketDraft> } {
  const { turn, lang } = context;
  const slot = dateSlot(context);
  const asked = slot ? dayLabel(shanghaiDate(slot.startMs), turn.now, lang) : "";
  const sameDay = draft.partOfDay ? sessionsFor(event, { ...draft, partOfDay: undefined }) : [];
  if (draft.partOfDay && sameDay.length > 0) {
    const [zhPart, enPart] = PART_WORDS[draft.partOfDay];
    const times = sameDay.map((session) => shanghaiClock(session.startsAt));
    const text = say(
      lang,
      `「${event.nameZh}」${asked || "那天"}没有${zhPart}的场次，只有 ${times.join("、")} 的。要订这场吗？`,
      `${event.nameEn} has no ${enPart} session ${asked ? `on ${asked}` : "then"} — only at ${times.join(", ")}. Shall I book that one?`,
    );
    return { text, clear: { partOfDay: undefined } };
  }
  const dates = event.sessions.map((candidate) => sessionLabel(candidate.startsAt, turn.now, lang));
  const text = say(
    lang,
    `「${event.nameZh}」${asked || "那个时间"}没有场次，可选：${dates.join("、")}。`,
    `${event.nameEn} isn't on ${asked || "then"}. Sessions: ${dates.join(", ")}${nextSessionOn(event.sessions, turn.now)}.`,
  );
  return { text, clear: { days: undefined, partOfDay: undefined } };
}
