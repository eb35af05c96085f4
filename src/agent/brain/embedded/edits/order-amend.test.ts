import { describe, expect, it } from "vitest";
import type { TaskEvent } from "../../../events.ts";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "../skills/chat-testing.ts";

// The card a turn leaves waiting: its lines (count and options), shop and where it goes.
const waiting = (tasks: TaskEvent[]) => {
  const task = tasks.filter((event) => event.status === "awaiting_confirmation").at(-1);
  return {
    merchant: `${task?.quote?.merchant ?? ""} ${task?.quote?.merchantEn ?? ""}`,
    lines: (task?.quote?.lines ?? []).map((line) => [line.qty, line.options ?? {}]),
    address: task?.quote?.address ?? "",
  };
};

describe("an edit of a waiting order keeps everything else the request said", () => {
  const agent = useTestAgent("sqlite");

  it("keeps 'as a meal' said in a clause of its own through an address edit", async () => {
    const chat = await openChat(agent(), "u_alice", "en");
    const first = waiting(
      (await chat("Order 5 Zinger Burgers, as a meal, delivered to the office, max 45 yuan each please"))
        .tasks,
    );
    expect(first.lines).toEqual([[5, expect.objectContaining({ combo: "meal" })]]);
    const { tasks, reply } = await chat("deliver to home instead");
    const edited = waiting(tasks);
    expect(edited.lines).toEqual([[5, expect.objectContaining({ combo: "meal" })]]);
    expect(edited.address).not.toBe(first.address);
    expect(reply).toMatch(/home/u);
  });

  it("reads 'single burgers' as the card's burgers without the meal, not as a new order", async () => {
    const chat = await openChat(agent(), "u_alice", "en");
    const first = waiting((await chat("2 Big Macs as a meal from McDonald's to my office")).tasks);
    const edited = waiting((await chat("actually no, single burgers please")).tasks);
    expect(edited.merchant).toMatch(/McDonald/u);
    expect(edited.lines).toEqual([[2, expect.objectContaining({ combo: "single" })]]);
    expect(edited.address).toBe(first.address);
  });

  it("takes '换一家店' as the same order from another shop, never a search for shops", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    await chat("瑞幸生椰拿铁两杯少冰送公司");
    const { reply } = await chat("换一家店");
    expect(reply).not.toMatch(/附近找到这些/u);
    expect(reply).toMatch(/瑞幸|生椰拿铁/u);
  });

  it("puts a thing said without a count in place of the line whole: its count, and a drink's options", async () => {
    const zh = await openChat(agent(), "u_xiaoming", "zh");
    await zh("两杯咖啡送到家，少糖");
    const swapped = waiting((await zh("算了，换成奶茶吧")).tasks);
    expect(swapped.lines).toEqual([[2, expect.objectContaining({ sugar: "less" })]]);
    const en = await openChat(agent(), "u_xiaoming", "en");
    await en(
      "Please grab me 3 drinks, no more than 35 kuai all in, delivered to my office, anything but coffee!",
    );
    const boba = waiting((await en("make it with boba instead")).tasks);
    expect(boba.lines.map(([qty]) => qty)).toEqual([3]);
    const counted = await openChat(agent(), "u_xiaoming", "zh");
    await counted("两杯咖啡送到家，少糖");
    expect(waiting((await counted("算了，来一杯奶茶")).tasks).lines.map(([qty]) => qty)).toEqual([1]);
  });
});
