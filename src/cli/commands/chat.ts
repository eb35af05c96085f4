import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createBrain, parseBrainKind } from "../../agent/brain/index.ts";
import type { AgentEvent } from "../../agent/events.ts";
import { createAgent } from "../../agent/runtime.ts";
import { parseScript, parseScriptLine } from "../../agent/session/script.ts";
import { ChatRunner } from "../../agent/session/script-runner.ts";
import { openWorld } from "../../compose/open-world.ts";
import { DEFAULT_CHAT_USER_ID, DEFAULT_CHAT_USER_ID_EN } from "../../ecosystem/world/demo-users.ts";
import { accountLang } from "../../ecosystem/world/users.ts";
import { FlywheelRecorder } from "../../flywheel/capture/recorder.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { parseCommandArgs } from "../args.ts";
import { renderEvent } from "../chat/render.ts";
import { parseFaultsFlag } from "../faults.ts";
import { printJson } from "../output.ts";
import { resolveUserFlag } from "../user.ts";
import { chatSpec } from "./chat.options.ts";

/** `dimple chat [--user ID] [--lang zh|en] [--db URL] [--brain …] [--script FILE] [--json] [--seed N] [--faults …]` */
export async function chatCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, chatSpec.options);
  if (values.lang !== undefined && values.lang !== "zh" && values.lang !== "en") {
    throw new DimpleError("invalid_argument", `--lang must be zh or en, got "${values.lang}"`, {
      field: "--lang",
    });
  }
  const script = values.script === undefined ? undefined : readScript(values.script);
  const brainKind = parseBrainKind(values.brain ?? chatSpec.options.brain.default);
  const faults = values.faults === undefined ? undefined : parseFaultsFlag(values.faults);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new DimpleError("invalid_argument", "--seed must be an integer", { field: "--seed" });
  const world = await openWorld({
    ...(values.db ? { db: values.db } : {}),
    ...(seed === undefined ? {} : { seed }),
  });
  if (faults) world.context.faults.configure(faults);
  try {
    const userId = await resolveUserFlag(
      world.context,
      values.user ?? (values.lang === "en" ? DEFAULT_CHAT_USER_ID_EN : DEFAULT_CHAT_USER_ID),
    );
    const lang = (values.lang ?? (await accountLang(world.context, userId))) === "en" ? "en" : "zh";
    const agent = createAgent({
      world,
      brain: await createBrain(brainKind, world.context),
      observer: new FlywheelRecorder(world.context),
    });
    const session = await agent.sessions.create(userId, lang);
    // A card and its names in the language the user last wrote in, as the replies are.
    let runner: ChatRunner | undefined;
    const print = (event: AgentEvent) => {
      if (values.json) printJson(event);
      else {
        const text = renderEvent(event, runner?.wordsLang(lang) ?? lang);
        if (text) console.log(text);
      }
    };
    runner = new ChatRunner(agent, userId, session.id, print);
    if (script) {
      for (const line of script) await runner.run(line);
    } else {
      await interactive(runner, values.json === true);
    }
    print(await runner.summary());
    runner.close();
    return 0;
  } finally {
    await world.close();
  }
}

function readScript(path: string) {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw new DimpleError("invalid_argument", `cannot read script ${path}: ${(error as Error).message}`, {
      field: "--script",
    });
  }
  return parseScript(content);
}

async function interactive(runner: ChatRunner, json: boolean): Promise<void> {
  const lines = createInterface({
    input: process.stdin,
    output: json ? undefined : process.stderr,
    terminal: false,
  });
  if (!json) process.stderr.write("Talk to Dimple (/confirm, /cancel, /wait 10m; Ctrl-D to quit)\n> ");
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const text = raw.trim();
    if (text && !text.startsWith("#")) {
      try {
        await runner.run(parseScriptLine(text, number));
      } catch (error) {
        if (!(error instanceof DimpleError)) throw error;
        process.stderr.write(`error [${error.code}] ${error.message}\n`);
      }
    }
    if (!json) process.stderr.write("> ");
  }
}
