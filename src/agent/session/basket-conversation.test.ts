import { describe, expect, it } from "vitest";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import { englishIn, hasChinese, shownTexts } from "../eval/shown-texts.ts";
import type { AgentEvent, TaskEvent } from "../events.ts";
import { useTestAgent, walletFen } from "../testing.ts";
import { parseScriptLine } from "./script.ts";
import { ChatRunner } from "./script-runner.ts";

const agent = useTestAgent("sqlite");

/** Plays a scripted conversation (words, /confirm, /wait) and returns every event a surface got. */
async function play(user: string, lang: "zh" | "en", turns: string[]) {
  const session = await agent().sessions.create(user, lang);
  const events: AgentEvent[] = [];
  const runner = new ChatRunner(agent(), user, session.id, (event) => events.push(event));
  try {
    for (const [index, text] of turns.entries()) await runner.run(parseScriptLine(text, index + 1));
    await agent().engine.idle();
    return { events, summary: await runner.summary() };
  } finally {
    runner.close();
  }
}

const conversations = [
  { lang: "zh" as const, user: "u_xiaoming", text: "两杯奶茶和一袋苹果送到公司", totalWords: "合计" },
  {
    lang: "en" as const,
    user: "u_alice",
    text: "a Big Mac and a bouquet of roses to my home",
    totalWords: "Total",
  },
];

describe("a basket across shops, played as a scripted conversation", () => {
  for (const conversation of conversations)
    it(`splits, confirms once and delivers every order (${conversation.lang})`, async () => {
      const before = await walletFen(agent(), conversation.user);
      const { events, summary } = await play(conversation.user, conversation.lang, [
        conversation.text,
        "/confirm",
        "/wait 90m",
      ]);
      const card = events.find(
        (event): event is TaskEvent =>
          event.type === "task" && event.kind === "order_basket" && event.status === "awaiting_confirmation",
      );
      expect(card?.quote?.orders).toHaveLength(2);
      const total = card?.quote?.totalFen ?? 0;
      expect(total).toBe((card?.quote?.orders ?? []).reduce((sum, order) => sum + order.totalFen, 0));
      // The total under the card is the card's own sum, the amount the one tap pays.
      const reply = events.find(
        (event) => event.type === "reply" && event.text.includes(conversation.totalWords),
      );
      expect(reply?.type === "reply" && reply.text).toContain(`¥${(total / 100).toFixed(2)}`);
      const basket = summary.tasks.find((task) => task.kind === "order_basket");
      const orders = summary.tasks.filter((task) => task.kind === "order_delivery");
      expect(basket?.status).toBe("completed");
      expect(orders.map((order) => order.status)).toEqual(["completed", "completed"]);
      expect(orders.reduce((sum, order) => sum + (order.paidFen ?? 0), 0)).toBe(total);
      expect(await walletFen(agent(), conversation.user)).toBe(before - total);
      expect((await verifyLedger(agent().world.context)).ok).toBe(true);
      // Every word shown speaks the conversation's language, the card's orders included.
      for (const shown of events.flatMap((event) => shownTexts(event, conversation.lang)))
        if (conversation.lang === "en") expect(hasChinese(shown.text), shown.text).toBe(false);
        else expect(englishIn(shown.text), shown.text).toBeUndefined();
    });
});
