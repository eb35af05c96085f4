import { describe, expect, it } from "vitest";
import { openDeployment } from "./deployment.ts";

describe("a process of a deployment", () => {
  it("on SQLite is one process: an in-process scheduler, events in memory, no other service", async () => {
    const deployment = await openDeployment({ db: "sqlite::memory:", speed: 10, worker: true });
    try {
      expect(deployment.scheduler?.kind).toBe("in-process");
      const received: string[] = [];
      deployment.agent.notifier.subscribe("u_xiaoming", (_event, id) => received.push(id));
      await deployment.agent.notifier.notify("u_xiaoming", "骑手已取货");
      expect(received).toHaveLength(1);
    } finally {
      await deployment.close();
    }
  });

  it("stops with a clear error naming --redis when Redis does not answer, instead of retrying forever", async () => {
    await expect(
      openDeployment({ db: "sqlite::memory:", redis: "redis://127.0.0.1:1", speed: 10, worker: false }),
    ).rejects.toMatchObject({
      code: "redis_unreachable",
      field: "redis",
      message: expect.stringContaining("ECONNREFUSED"),
    });
  });
});
