import { expect, it } from "vitest";
import { verifyLedger } from "../../ecosystem/pay/verify-ledger.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { openChat } from "../brain/embedded/skills/chat-testing.ts";
import type { TaskEvent } from "../events.ts";
import type { Agent } from "../runtime.ts";
import { useTestAgent, walletFen } from "../testing.ts";

/** The steps of these tests on one agent: the cards of a message, a tap, a task's status and notices. */
function steps(agent: () => Agent) {
  return {
    /** Tickets and a taxi there in one message: the two cards, as the user sees them. */
    async ticketsAndRide(user: string, lang: "zh" | "en", text: string) {
      const turn = await (await openChat(agent(), user, lang))(text);
      const tickets = turn.tasks.find((task) => task.kind === "buy_tickets") as TaskEvent;
      const ride = turn.tasks.find((task) => task.kind === "ride_hail") as TaskEvent;
      expect(tickets?.status, turn.reply).toBe("awaiting_confirmation");
      expect(ride?.scheduledFor, turn.reply).toBeDefined();
      return { tickets, ride };
    },
    confirm: (user: string, card: TaskEvent) =>
      agent().engine.confirm(user, card.taskId, card.quote?.cartHash as string),
    status: async (taskId: string) => (await agent().engine.store.get(taskId))?.status,
    /** Moves the world to just past the ride's time. */
    pastRideTime: (ride: TaskEvent) =>
      agent().world.advance(
        Date.parse(ride.scheduledFor as string) - agent().world.context.clock.now() + 120_000,
      ),
    told: async (user: string, taskId: string) =>
      (await agent().notifier.history(user, 50)).flatMap((event) =>
        event.type === "notification" && event.taskId === taskId ? [event.text] : [],
      ),
  };
}

describeEachDialect("a ride lined up for a show goes only with its tickets", (dialect) => {
  const agent = useTestAgent(dialect);
  const { ticketsAndRide, confirm, status, pastRideTime, told } = steps(agent);

  it("cancels the confirmed ride, free, when the tickets' card is cancelled, and says why", async () => {
    const user = "u_xiaoming";
    const before = await walletFen(agent(), user);
    const { tickets, ride } = await ticketsAndRide(
      user,
      "zh",
      "买两张周六周杰伦演唱会的票，连座，再叫个车过去",
    );
    expect((await confirm(user, ride)).status).toBe("scheduled");
    await agent().engine.cancel(user, tickets.taskId);
    expect(await status(ride.taskId)).toBe("cancelled");
    expect((await told(user, ride.taskId)).join("\n")).toMatch(/票没有买成.*取消了.*没有扣款/u);
    expect(await walletFen(agent(), user)).toBe(before);
  });

  it("withdraws the ride's card at once when buying the tickets fails", async () => {
    const user = "u_bob"; // ¥1000 in the wallet: two ¥580 seats are more than that
    const { tickets, ride } = await ticketsAndRide(
      user,
      "en",
      "2 tickets for Jay Chou on Saturday, seats together, and a taxi there",
    );
    expect((await confirm(user, tickets)).status).toBe("failed");
    expect(await status(ride.taskId)).toBe("cancelled");
    expect((await told(user, ride.taskId)).join("\n")).toMatch(/weren't bought.*cancelled/u);
  });

  it("does not send the car at its time when the tickets were never confirmed", async () => {
    const user = "u_lihua";
    const before = await walletFen(agent(), user);
    const { tickets, ride } = await ticketsAndRide(
      user,
      "en",
      "2 tickets for Joker Xue on Saturday, and a cab there",
    );
    expect((await confirm(user, ride)).status).toBe("scheduled");
    await pastRideTime(ride);
    expect(await status(ride.taskId)).toBe("cancelled");
    expect(await status(tickets.taskId)).toBe("awaiting_confirmation");
    expect((await told(user, ride.taskId)).join("\n")).toMatch(
      /weren't bought.*cancelled.*nothing was charged/u,
    );
    expect(await walletFen(agent(), user)).toBe(before);
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });
});

describeEachDialect("a ride lined up for a show, with its tickets bought", (dialect) => {
  const agent = useTestAgent(dialect);
  const { ticketsAndRide, confirm, status, pastRideTime, told } = steps(agent);

  it("sends the car at its time", async () => {
    const user = "u_alice";
    const { tickets, ride } = await ticketsAndRide(
      user,
      "en",
      "2 tickets for Jay Chou on Saturday, seats together, and a taxi there",
    );
    expect((await confirm(user, tickets)).status).toBe("completed");
    expect((await confirm(user, ride)).status).toBe("scheduled");
    await pastRideTime(ride);
    expect(["processing", "in_fulfilment", "completed"]).toContain(await status(ride.taskId));
    expect(await told(user, ride.taskId)).not.toContainEqual(expect.stringMatching(/cancelled/u));
  });
});
