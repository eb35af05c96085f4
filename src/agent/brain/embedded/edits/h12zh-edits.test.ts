import { describe, expect, it } from "vitest";
import type { TaskEvent } from "../../../events.ts";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "../skills/chat-testing.ts";

const waiting = (tasks: TaskEvent[]) =>
  tasks.filter((event) => event.status === "awaiting_confirmation").at(-1);

describe("Chinese corrections after a card (session 15, holdout12's Chinese causes)", () => {
  const agent = useTestAgent("sqlite");
  /** The lines of the card waiting after the turns, by a word of their names. */
  const cardAfter = async (...turns: string[]) => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    let tasks: TaskEvent[] = [];
    for (const turn of turns) tasks = (await chat(turn)).tasks;
    const lines = waiting(tasks)?.quote?.lines ?? [];
    return (word: string) => lines.find((line) => line.name.includes(word));
  };

  it("keeps a transfer's note naming a service as its note, and reads the amount said anew", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    const first = waiting((await chat("给李华转200，备注电影票")).tasks);
    expect(first?.quote?.lines[0]?.name).toMatch(/电影票/u);
    expect(waiting((await chat("不对，是250")).tasks)?.quote?.totalFen).toBe(25000);
    expect(waiting((await chat("搞错了 80就行")).tasks)?.quote?.totalFen).toBe(8000);
  });

  it("reads a choice's own number as the choice, not a count ('改成18只', '改成500g')", async () => {
    const dumplings = await cardAfter("喜家德牛肉水饺一份12只送家", "改成18只");
    expect(dumplings("牛肉水饺")).toMatchObject({ qty: 1, options: { portion: "eighteen" } });
    const fruit = await cardAfter("果多美香蕉1kg、砂糖橘1kg送家", "香蕉改成500g");
    expect(fruit("香蕉")?.options?.weight).toBe("half_kg");
    expect(fruit("砂糖橘")?.options?.weight).toBe("one_kg");
  });

  it("takes a choice back to the shop's default ('不要加饭了', '蛋不加了'), keeping the line", async () => {
    const rice = await cardAfter("吉野家咖喱鸡排饭两份加饭送家", "饭不用加了");
    expect(rice("咖喱鸡排饭")).toMatchObject({ qty: 2, options: { rice: "regular" } });
    const noodles = await cardAfter("兰州拉面加肉牛肉面一碗加蛋微辣，送家", "算了不加蛋了");
    expect(noodles("牛肉面")?.options).toMatchObject({ add_on: "none", spice: "mild" });
  });

  it("orders for each of a party said with colleagues, and a thing said besides at its own count", async () => {
    const lines = await cardAfter("帮三个同事一人一份老乡鸡番茄炒蛋饭，另外来一份梅菜扣肉饭，送公司");
    expect(lines("番茄炒蛋饭")?.qty).toBe(3);
    expect(lines("梅菜扣肉饭")?.qty).toBe(1);
  });

  it("adds one more made another way as a line of its own ('再来一碗韭叶中辣的'), then '都加个蛋' for both", async () => {
    const chat = await openChat(agent(), "u_xiaoming", "zh");
    await chat("兰州拉面牛肉面一碗细面不辣，送家");
    await chat("再来一碗韭叶中辣的");
    const lines = waiting((await chat("都加个蛋")).tasks)?.quote?.lines ?? [];
    expect(
      lines.map((line) => [line.qty, line.options?.noodle, line.options?.spice, line.options?.add_on]),
    ).toEqual([
      [1, "thin", "none", "egg"],
      [1, "leek_leaf", "medium", "egg"],
    ]);
  });
});
