import type { Agent } from "../agent/runtime.ts";
import { percentile, round2 } from "./stats.ts";

/** A typical mix of turns: questions, small talk and orders, in both languages. */
export const TURN_MIX: readonly { lang: "zh" | "en"; text: string }[] = [
  { lang: "zh", text: "你好" },
  { lang: "zh", text: "明天杭州天气怎么样" },
  { lang: "zh", text: "我钱包还有多少钱" },
  { lang: "zh", text: "帮我点一杯少糖的拿铁送到公司" },
  { lang: "en", text: "what's the weather like tomorrow" },
  { lang: "en", text: "thanks!" },
  { lang: "en", text: "order two bubble teas, less sugar, to my office, under 40 yuan" },
  { lang: "en", text: "set an alarm for 7am" },
];

/**
 * Server-side turn latency of the brain and engine (no HTTP): `sessions` open sessions take turns
 * from the mix in interleaved order, with up to `inFlight` turns being processed at once. One Node
 * process runs one turn at a time, so `inFlight` far above the core count measures queueing, not
 * the turn: the report gives both a working point (2 in flight) and saturation (all sessions at once).
 */
export async function benchTurns(
  agent: Agent,
  options: { sessions: number; turnsPerSession: number; inFlight: number },
) {
  const users = (
    await agent.world.context.db
      .selectFrom("users")
      .select("id")
      .where("role", "=", "user")
      .orderBy("id")
      .execute()
  ).map((row) => row.id);
  const sessions = await Promise.all(
    Array.from({ length: options.sessions }, (_, index) => {
      const userId = users[index % users.length] as string;
      return agent.sessions
        .create(userId, index % 2 === 0 ? "zh" : "en")
        .then((session) => ({ userId, id: session.id }));
    }),
  );
  // Interleaved: every session's first turn, then every session's second turn, and so on.
  const jobs = Array.from({ length: options.turnsPerSession }, (_, turn) =>
    sessions.map((session, index) => ({
      session,
      text: (TURN_MIX[(index + turn) % TURN_MIX.length] as { text: string }).text,
    })),
  ).flat();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const worker = async () => {
    for (;;) {
      const job = jobs[next++];
      if (!job) return;
      const begin = performance.now();
      await agent.conversation.message(job.session.userId, job.session.id, job.text);
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: options.inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    concurrency: options.sessions,
    inFlight: options.inFlight,
    turns: jobs.length,
    p50Ms: round2(percentile(latencies, 50)),
    p99Ms: round2(percentile(latencies, 99)),
    turnsPerSecond: round2(jobs.length / seconds),
    // CPU per turn (user + system) barely moves with other load on the machine, unlike latency.
    cpuMsPerTurn: round2((cpu.user + cpu.system) / 1000 / jobs.length),
  };
}

/** Same mix, one turn at a time: the latency of a turn with nothing else in flight, per kind of turn. */
export async function benchTurnKinds(agent: Agent, repeats: number) {
  const session = await agent.sessions.create("u_alice", "en");
  const result: Record<string, { p50Ms: number; p99Ms: number }> = {};
  for (const { text } of TURN_MIX) {
    const latencies: number[] = [];
    for (let index = 0; index < repeats; index++) {
      const begin = performance.now();
      await agent.conversation.message("u_alice", session.id, text);
      latencies.push(performance.now() - begin);
    }
    latencies.sort((a, b) => a - b);
    result[text] = { p50Ms: round2(percentile(latencies, 50)), p99Ms: round2(percentile(latencies, 99)) };
  }
  return result;
}
