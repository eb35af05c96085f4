/**
 * What a turn does, counted rather than timed (the counts do not move with the machine's load):
 * texts understood (`understand` calls: one gazetteer match each), SQL statements run, queries Kysely
 * builds and compiles (not those compiled once: `store/compiled-query.ts`), and tool calls
 * by name, per kind of turn of the bench's mix and over the bench's interleaved turn loop; and, with
 * `--cpu N`, the process's CPU time a turn over N rounds of that loop (for alternated A/B runs).
 *
 *   npx tsx src/bench/turn-counts.ts [--json]        # counts
 *   npx tsx src/bench/turn-counts.ts --cpu 3         # CPU ms a turn, 3 rounds of 1,000 turns
 *   npx tsx src/bench/turn-counts.ts --garbage       # KB allocated a turn, scavenges per 1,000 turns
 */
import SqliteDatabase from "better-sqlite3";
import { DefaultQueryCompiler } from "kysely";
import { EmbeddedBrain } from "../agent/brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../agent/brain/embedded/world-gazetteer.ts";
import { createAgent } from "../agent/runtime.ts";
import { openWorld } from "../compose/open-world.ts";
import { DEFAULT_SEED } from "../ecosystem/world/world.ts";
import { FlywheelRecorder } from "../flywheel/capture/recorder.ts";
import { round2 } from "./stats.ts";
import { garbageOf } from "./turn-garbage.ts";
import { benchTurns, TURN_MIX } from "./turns.ts";

/** Counters the harness keeps; `reset` zeroes them. */
export const counts = { understood: 0, statements: 0, compiled: 0, tools: new Map<string, number>() };
const sqlTexts = new Map<string, number>();
/** With `--trace TEXT`: every statement of one turn of TEXT, in order. */
let trace: string[] | undefined;

/** Where a statement was run from: the first four frames in src/ outside the bench and the store. */
function callers(): string {
  return (new Error().stack ?? "")
    .split("\n")
    .filter((line) => line.includes("/src/") && !/\/bench\/|store\/database/.test(line))
    .slice(0, 4)
    .map((line) =>
      line
        .trim()
        .replace(/\(.*\/src\//, "(")
        .replace(/^at /, ""),
    )
    .join(" < ");
}

/** Counts every better-sqlite3 statement run (all, run, get, iterate), by SQL text as well. */
function countStatements(): void {
  const probe = new SqliteDatabase(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("select 1")) as Record<string, unknown>;
  probe.close();
  for (const name of ["all", "run", "get", "iterate"]) {
    const original = proto[name] as (...args: unknown[]) => unknown;
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      counts.statements++;
      trace?.push(process.env.STACKS ? `${this.source.slice(0, 90)}\n    ${callers()}` : this.source);
      sqlTexts.set(this.source, (sqlTexts.get(this.source) ?? 0) + 1);
      return original.apply(this, args);
    };
  }
}

/** Counts every query Kysely builds and compiles to SQL (a query compiled once is not compiled again). */
function countCompiles(): void {
  const proto = DefaultQueryCompiler.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto.compileQuery as (...args: unknown[]) => unknown;
  proto.compileQuery = function (this: unknown, ...args: unknown[]) {
    counts.compiled++;
    return original.apply(this, args);
  };
}

function reset(): void {
  counts.understood = 0;
  counts.compiled = 0;
  counts.statements = 0;
  counts.tools.clear();
  sqlTexts.clear();
}

async function openAgent() {
  const world = await openWorld({ seed: DEFAULT_SEED });
  const gazetteer = await loadWorldGazetteer(world.context);
  // Each `understand` with a gazetteer matches the text against it once (extract-slots.ts).
  const match = gazetteer.match.bind(gazetteer);
  gazetteer.match = (...args: Parameters<typeof match>) => {
    counts.understood++;
    return match(...args);
  };
  const recorder = new FlywheelRecorder(world.context);
  const agent = createAgent({
    world,
    brain: new EmbeddedBrain(gazetteer),
    observer: {
      observeTurn: recorder.observeTurn,
      observeToolCall: (record) => {
        counts.tools.set(record.name, (counts.tools.get(record.name) ?? 0) + 1);
        recorder.observeToolCall(record);
      },
    },
  });
  return { world, agent };
}

type Agent = Awaited<ReturnType<typeof openAgent>>["agent"];

/**
 * Counts of one kind of turn: the mix's text as a new session's first turn, `repeats` times, after
 * one warm-up (the session's creation is not counted).
 */
async function kindCounts(agent: Agent, text: string, repeats: number) {
  const lang = /\p{Script=Han}/u.test(text) ? "zh" : "en";
  const turn = async () => {
    const session = await agent.sessions.create("u_alice", lang);
    const created = counts.statements;
    await agent.conversation.message("u_alice", session.id, text);
    return counts.statements - created;
  };
  await turn();
  reset();
  let statements = 0;
  for (let index = 0; index < repeats; index++) statements += await turn();
  counts.statements = statements;
  return snapshot(repeats);
}

function snapshot(turns: number) {
  const per = (value: number) => round2(value / turns);
  return {
    understood: per(counts.understood),
    statements: per(counts.statements),
    compiled: per(counts.compiled),
    tools: Object.fromEntries([...counts.tools].sort().map(([name, value]) => [name, per(value)])),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const cpuRounds = args.includes("--cpu") ? Number(args[args.indexOf("--cpu") + 1] ?? 3) : 0;
  // CPU runs count nothing in SQLite (the counter would be measured too).
  if (cpuRounds === 0) {
    countStatements();
    countCompiles();
  }
  const { world, agent } = await openAgent();
  if (args.includes("--trace")) {
    const text = args[args.indexOf("--trace") + 1] ?? "你好";
    await kindCounts(agent, text, 1);
    trace = [];
    await kindCounts(agent, text, 1);
    for (const sql of trace) console.log(sql.slice(0, 200));
    await world.close();
    return;
  }
  if (args.includes("--garbage")) {
    // Warm-up as for --cpu, then one loop of the bench (1,000 turns) with the heap sampled.
    await benchTurns(agent, { sessions: 200, turnsPerSession: 2, inFlight: 2 });
    const loop = () =>
      benchTurns(agent, { sessions: 200, turnsPerSession: 5, inFlight: 2 }).then((run) => run.turns);
    console.log(JSON.stringify(await garbageOf(loop)));
    await world.close();
    return;
  }
  if (cpuRounds > 0) {
    // Warm-up (JIT, caches, the first turn's gazetteer), then the bench's loop, CPU only.
    await benchTurns(agent, { sessions: 200, turnsPerSession: 2, inFlight: 2 });
    const cpu: number[] = [];
    for (let round = 0; round < cpuRounds; round++)
      cpu.push((await benchTurns(agent, { sessions: 200, turnsPerSession: 5, inFlight: 2 })).cpuMsPerTurn);
    const sorted = [...cpu].sort((a, b) => a - b);
    console.log(JSON.stringify({ cpuMsPerTurn: cpu, median: sorted[Math.floor(sorted.length / 2)] }));
    await world.close();
    return;
  }
  const kinds: Record<string, ReturnType<typeof snapshot>> = {};
  for (const { text } of TURN_MIX) kinds[text] = await kindCounts(agent, text, 10);
  await benchTurns(agent, { sessions: 200, turnsPerSession: 1, inFlight: 2 });
  reset();
  const loop = await benchTurns(agent, { sessions: 200, turnsPerSession: 5, inFlight: 2 });
  const perTurn = snapshot(loop.turns);
  const hottest = [...sqlTexts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([sql, n]) => ({ perTurn: round2(n / loop.turns), sql: sql.slice(0, 160) }));
  const report = { loop: perTurn, kinds, hottestStatements: hottest };
  console.log(args.includes("--json") ? JSON.stringify(report) : JSON.stringify(report, null, 2));
  await world.close();
}

await main();
