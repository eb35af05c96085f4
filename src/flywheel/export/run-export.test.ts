import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { useTestAgent } from "../../agent/testing.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { FlywheelRecorder } from "../capture/recorder.ts";
import { setConsent } from "../privacy/consent.ts";
import { exportDataset } from "./run-export.ts";
import { datasetCardSchema, dpoRowSchema, evalRowSchema, sftRowSchema } from "./schemas.ts";

describeEachDialect("flywheel export", (dialect) => {
  let flywheel: FlywheelRecorder;
  const agent = useTestAgent(dialect, {
    observer: (world) => (flywheel = new FlywheelRecorder(world.context)),
  });

  beforeAll(async () => {
    const { conversation, sessions, world } = agent();
    const context = world.context;
    await setConsent(context, "u_alice", { share: true });
    await setConsent(context, "u_xiaoming", { share: true });
    const talk = async (userId: string, lang: "zh" | "en", lines: string[]) => {
      const session = await sessions.create(userId, lang);
      for (const line of lines) await conversation.message(userId, session.id, line);
      return session.id;
    };
    // A conversation that goes well, with a phone number in it.
    await talk("u_alice", "en", ["what's the weather tomorrow", "thanks, my number is 13912345678"]);
    // A correction: the card is replaced.
    await talk("u_xiaoming", "zh", ["来杯美式送到家", "换成大杯"]);
    // A misread turn, rephrased, with a thumbs down on the misread reply.
    const misread = await talk("u_alice", "en", ["do i need a brolly"]);
    await flywheel.feedback({
      userId: "u_alice",
      sessionId: misread,
      rating: "down",
      reason: "I asked about rain, Alice Chen here",
      source: "app",
    });
    await conversation.message("u_alice", misread, "what's the weather today");
    // A user who did not consent: nothing of theirs may leave.
    await talk("u_bob", "en", [
      "Order a latte to my office",
      "do i need a brolly",
      "what's the weather today",
    ]);
    await flywheel.flush();
  });

  const out = () => mkdtempSync(join(tmpdir(), "dimple-export-"));
  const rows = (path: string) =>
    readFileSync(path, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));

  it("writes SFT rows in OpenAI chat format with tool calls, consenting users only, redacted", async () => {
    const { dataPath, card } = await exportDataset(agent().world.context, { format: "sft", outDir: out() });
    const lines = rows(dataPath);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(sftRowSchema.safeParse(line).success).toBe(true);
    const text = readFileSync(dataPath, "utf8");
    expect(text).not.toContain("13912345678");
    expect(text).toContain("<PHONE>");
    expect(text).not.toContain("Order a latte to my office");
    const withTools = lines.find((line) =>
      line.messages.some((message: { tool_calls?: unknown }) => message.tool_calls),
    );
    expect(withTools?.tools?.length).toBeGreaterThan(0);
    const call = withTools.messages.find((message: { tool_calls?: unknown }) => message.tool_calls)
      .tool_calls[0];
    expect(
      withTools.messages.some(
        (message: { role: string; tool_call_id?: string }) =>
          message.role === "tool" && message.tool_call_id === call.id,
      ),
    ).toBe(true);
    expect(card.consent.usersExcluded).toBeGreaterThanOrEqual(1);
  });

  it("writes DPO pairs from the correction and the thumbs-down turn, with their fixed versions", async () => {
    const { dataPath, card } = await exportDataset(agent().world.context, { format: "dpo", outDir: out() });
    const lines = rows(dataPath);
    for (const line of lines) expect(dpoRowSchema.safeParse(line).success).toBe(true);
    const sources = lines.map((line) => line.metadata.source);
    expect(sources).toContain("correction");
    expect(sources).toContain("thumbs_down");
    const downvoted = lines.find((line) => line.metadata.source === "thumbs_down");
    expect(downvoted.prompt.at(-1).content).toBe("do i need a brolly");
    expect(downvoted.chosen[0].content).not.toBe(downvoted.rejected[0].content);
    expect(card.sources.correction).toBeGreaterThanOrEqual(1);
  });

  it("writes an evaluation set from failures, with the intent the user meant", async () => {
    const { dataPath, cardPath, readmePath } = await exportDataset(agent().world.context, {
      format: "eval",
      outDir: out(),
    });
    const lines = rows(dataPath);
    for (const line of lines) expect(evalRowSchema.safeParse(line).success).toBe(true);
    const downvoted = lines.find((line) => line.failure === "thumbs_down");
    expect(downvoted.expected.intent).toBe("weather");
    expect(downvoted.expected.note).toContain("<NAME>");
    expect(downvoted.expected.note).not.toContain("Alice");
    const card = datasetCardSchema.parse(JSON.parse(readFileSync(cardPath, "utf8")));
    expect(card.rows).toBe(lines.length);
    expect(card.languages.en).toBeGreaterThan(0);
    expect(readFileSync(readmePath, "utf8")).toContain("Consent basis");
  });

  it("reports progress over the whole corpus", async () => {
    const seen = { total: 0, ticks: 0, stopped: false };
    await exportDataset(agent().world.context, {
      format: "sft",
      outDir: out(),
      progress: {
        start: (total) => {
          seen.total = total;
        },
        increment: () => {
          seen.ticks += 1;
        },
        stop: () => {
          seen.stopped = true;
        },
      },
    });
    expect(seen.total).toBeGreaterThan(0);
    expect(seen.ticks).toBe(seen.total);
    expect(seen.stopped).toBe(true);
  });
});
