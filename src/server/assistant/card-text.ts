import type { TaskStatus } from "../../agent/events.ts";
import { formatFen, pickLang, quoteTextLines } from "../../agent/format.ts";
import type { AssistantCard, AssistantTurn } from "./turn.ts";

type Lang = "zh" | "en";

/** Status words as the web app shows them (src/web/i18n/dictionary.ts), for text-only clients. */
const STATUS: Record<Lang, Record<TaskStatus, string>> = {
  zh: {
    needs_info: "需要补充信息",
    awaiting_confirmation: "等待你确认",
    scheduled: "已预约",
    processing: "处理中",
    in_fulfilment: "进行中",
    completed: "已完成",
    cancelled: "已取消",
    failed: "失败",
  },
  en: {
    needs_info: "Needs details",
    awaiting_confirmation: "Awaiting your confirmation",
    scheduled: "Scheduled",
    processing: "Processing",
    in_fulfilment: "In progress",
    completed: "Completed",
    cancelled: "Cancelled",
    failed: "Failed",
  },
};

const WORDS = {
  zh: {
    confirm: (url: string) => `请在 Dimple 应用中确认并支付（仅限本人操作）：${url}`,
    total: "合计",
  },
  en: {
    confirm: (url: string) => `Confirm and pay in the Dimple app (only you can): ${url}`,
    total: "Total",
  },
} as const;

/** A card as readable text in `lang`, ending with its confirm link when it awaits confirmation. */
export function cardText(card: AssistantCard, lang: Lang): string {
  const words = WORDS[lang];
  const title = pickLang(lang, card.titleZh ?? card.title ?? card.kind, card.titleEn);
  const head = `[${title} · ${STATUS[lang][card.status]}]`;
  if (!card.quote) return head;
  const quote = card.quote;
  const address = quote.address ? pickLang(lang, quote.address, quote.addressEn) : "";
  return [
    `${head} ${pickLang(lang, quote.merchant, quote.merchantEn)}`,
    ...quoteTextLines(quote, lang),
    `  ${words.total} ${formatFen(quote.totalFen)}${address ? ` → ${address}` : ""}`,
    ...(card.confirmUrl ? [words.confirm(card.confirmUrl)] : []),
  ].join("\n");
}

/** A whole turn as one text: the reply, then each card, then any notifications. */
export function turnText(turn: AssistantTurn): string {
  return [turn.reply, ...turn.cards.map((card) => cardText(card, turn.lang)), ...turn.notifications]
    .filter((part) => part.length > 0)
    .join("\n\n");
}
