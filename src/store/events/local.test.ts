import { describe, expect, it } from "vitest";
import { LocalEventLog } from "./local.ts";

describe("LocalEventLog", () => {
  it("delivers every event live and keeps only the replayed ones for since()", async () => {
    const log = new LocalEventLog<{ type: string }>({ replayed: (event) => event.type !== "echo" });
    const seen: string[] = [];
    log.subscribe(({ event }) => seen.push(event.type));
    await log.append("u1", { type: "task" });
    await log.append("u1", { type: "echo" });
    await log.append("u1", { type: "notification" });
    expect(seen).toEqual(["task", "echo", "notification"]);
    expect((await log.since("u1", "0-0")).map(({ event }) => event.type)).toEqual(["task", "notification"]);
  });

  it("keeps the last `capacity` events, per user on since()", async () => {
    const log = new LocalEventLog<number>({ capacity: 3 });
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push(await log.append(n % 2 ? "odd" : "even", n));
    expect((await log.since("even", "0-0")).map(({ event }) => event)).toEqual([2, 4]);
    expect((await log.since("odd", ids[1] as string)).map(({ event }) => event)).toEqual([3]);
  });
});
