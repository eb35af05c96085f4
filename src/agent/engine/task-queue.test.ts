import { describe, expect, it } from "vitest";
import { TaskQueue } from "./task-queue.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("the per-task queue", () => {
  it("runs one task's work one piece at a time, in order, even after a failure", async () => {
    const queue = new TaskQueue();
    const log: string[] = [];
    const piece =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name}:start`);
        await tick();
        log.push(`${name}:end`);
        if (fail) throw new Error(name);
        return name;
      };
    const first = queue.run("t1", piece("a", true));
    const second = queue.run("t1", piece("b"));
    await expect(first).rejects.toThrow("a");
    expect(await second).toBe("b");
    expect(log).toEqual(["a:start", "a:end", "b:start", "b:end"]);
  });

  it("lets different tasks' work overlap", async () => {
    const queue = new TaskQueue();
    const log: string[] = [];
    const piece = (name: string) => async () => {
      log.push(`${name}:start`);
      await tick();
      log.push(`${name}:end`);
    };
    await Promise.all([queue.run("t1", piece("a")), queue.run("t2", piece("b"))]);
    expect(log.slice(0, 2)).toEqual(["a:start", "b:start"]);
  });

  it("knows whose work the current async context runs", async () => {
    const queue = new TaskQueue();
    expect(queue.isRunning("t1")).toBe(false);
    const seen = await queue.run("t1", async () => {
      await tick();
      return [queue.isRunning("t1"), queue.isRunning("t2")];
    });
    expect(seen).toEqual([true, false]);
  });

  it("is idle only once all work, including work queued meanwhile, has settled", async () => {
    const queue = new TaskQueue();
    let done = 0;
    queue.run("t1", async () => {
      await tick();
      queue.run("t2", async () => {
        await tick();
        done++;
      });
      done++;
    });
    await queue.idle();
    expect(done).toBe(2);
  });
});
