import { DefaultQueryCompiler } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedBrain } from "../brain/embedded/brain.ts";
import { loadWorldGazetteer } from "../brain/embedded/world-gazetteer.ts";
import { useTestAgent } from "../testing.ts";

// What a turn does, counted (never timed): texts understood (each `understand` matches the
// gazetteer once) and queries Kysely builds and compiles (those compiled once are not counted).
const counts = { understood: 0, compiled: 0 };
const compiler = DefaultQueryCompiler.prototype as unknown as {
  compileQuery: (...args: unknown[]) => unknown;
};
const compileQuery = compiler.compileQuery;

describe("the work of one turn", () => {
  beforeAll(() => {
    compiler.compileQuery = function (this: unknown, ...args: unknown[]) {
      counts.compiled++;
      return compileQuery.apply(this, args);
    };
  });
  afterAll(() => {
    compiler.compileQuery = compileQuery;
  });
  const agent = useTestAgent("sqlite", {
    brain: async (world) => {
      const gazetteer = await loadWorldGazetteer(world.context);
      const match = gazetteer.match.bind(gazetteer);
      gazetteer.match = (...args: Parameters<typeof match>) => {
        counts.understood++;
        return match(...args);
      };
      return new EmbeddedBrain(gazetteer);
    },
  });
  /** The counts of a new session's first turn (the session's creation not counted). */
  const turn = async (text: string) => {
    const session = await agent().sessions.create("u_alice", /\p{Script=Han}/u.test(text) ? "zh" : "en");
    counts.understood = 0;
    counts.compiled = 0;
    await agent().conversation.message("u_alice", session.id, text);
    return { ...counts };
  };

  it("understands each text it reads once, and a piece only when its words do not decide it", async () => {
    await turn("你好");
    // Before: the whole message and each of its four pieces (5); "thanks!" with "thanks" and "!" (3).
    expect((await turn("order two bubble teas, less sugar, to my office, under 40 yuan")).understood).toBe(3);
    expect((await turn("thanks!")).understood).toBe(2);
    expect((await turn("你好")).understood).toBe(1);
  });

  it("compiles only the queries that are not compiled once", async () => {
    await turn("你好");
    // Before: 11 statements (this agent has no flywheel observer), 9 of them built and compiled
    // (all but begin and commit). Left: the insert of the exchange's two turns (its rows vary).
    expect((await turn("你好")).compiled).toBe(1);
    expect((await turn("thanks!")).compiled).toBe(1);
  });
});
