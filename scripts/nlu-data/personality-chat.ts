/**
 * Microsoft's Personality Chat small-talk datasets (BotBuilder-PersonalityChat, MIT, © Microsoft;
 * read from the fork ntulsi/BotBuilder-PersonalityChat, which keeps the original commits): the sample
 * queries of its QnA Maker files, one file per persona, each labelled with a small-talk scenario
 * ("Bot_Age", "Greetings_HowAreYou", "Dialog_ThankYou", …).
 *
 * Every query → smalltalk, except the scenarios that ask for something Dimple could take as a task or
 * that are requests it does not serve: hunger ("I'm hungry" may be an order), flipping a coin and
 * singing are left out. Each scenario is one group, so its paraphrases stay on one side of the split.
 */
import type { Intent, Language } from "../../src/agent/brain/nlu/intents.ts";

/** One relabelled row, as build-external.ts keeps it. */
export interface PersonalityChatRow {
  text: string;
  lang: Language;
  intent: Intent;
  source: string;
  group: string;
}

export const PERSONALITY_CHAT_FILES = ["Friendly", "Humorous", "Professional"].map(
  (persona) => `CSharp/Datasets/Queries_Responses_${persona}_QnAMaker.tsv`,
);

const LEFT_OUT = new Set(["User_Hungry", "Bot_Hungry", "Command_FlipCoin", "Command_Sing"]);

/** Relabels the Personality Chat queries; `read` returns one file of the pinned snapshot as text. */
export function personalityChat(read: (path: string) => string): PersonalityChatRow[] {
  const rows: PersonalityChatRow[] = [];
  for (const path of PERSONALITY_CHAT_FILES) {
    for (const line of read(path).split("\n").slice(1)) {
      const [question, , metadata] = line.split("\t");
      const scenario = /Scenario:(\S+)/u.exec(metadata ?? "")?.[1];
      const text = (question ?? "").trim();
      if (!scenario || !text || LEFT_OUT.has(scenario)) continue;
      rows.push({ text, lang: "en", intent: "smalltalk", source: "personality-chat", group: scenario });
    }
  }
  return rows;
}
