/**
 * RiSAWOZ (Quan et al. 2020, Chinese multi-domain Wizard-of-Oz dialogues; MIT, terryqj0107/RiSAWOZ),
 * read as X-RiSAWOZ preprocessed it (turn-by-turn "DST:" inputs with the dialogue state before and
 * after each user turn) from the copy in alee2022/llm-xrisawoz: the original repository's data zips
 * are over the snapshot's file-size limit, and these two files hold the Chinese validation split
 * (`val/dst_zh.json`, 606 dialogues) and X-RiSAWOZ's few-shot training dialogues
 * (`xrisawoz_data/zh/fewshot.json`, 100 dialogues).
 *
 * A user turn is labelled by the one domain whose state it changes (so it says what it wants on its
 * own: "下周三厦门的天气如何?", "我想找个消费水平中等的水乡古镇"): weather → weather; attraction,
 * restaurant, hotel → search_place; pc, car, class (buying a laptop or a car, a tutoring class) →
 * out_of_scope. Left out: flight and train (ambiguous for this intent set, as in the dev set), movie
 * and tv (film and series recommendations, neither showtimes nor out of scope for certain), hospital
 * (a place search by one corpus's convention, out of scope by MultiWOZ's), turns that change no state
 * or several domains (questions about the thing found, thanks, goodbye: they lean on the dialogue),
 * and turns under six characters ("下周三吧。": an answer to the wizard).
 */
import type { Intent, Language } from "../../src/agent/brain/nlu/intents.ts";

/** One relabelled row, as build-external.ts keeps it. */
export interface RisawozRow {
  text: string;
  lang: Language;
  intent: Intent;
  source: string;
  group: string;
}

/** The files read, at the pinned commit of alee2022/llm-xrisawoz. */
export const RISAWOZ_FILES = { val: "val/dst_zh.json", fewshot: "xrisawoz_data/zh/fewshot.json" } as const;

const DOMAINS: Record<string, Intent> = {
  weather: "weather",
  attraction: "search_place",
  restaurant: "search_place",
  hotel: "search_place",
  pc: "out_of_scope",
  car: "out_of_scope",
  class: "out_of_scope",
};

const MIN_CHARS = 6;

/** `( domain ) slot equal_to " v " , … ( other ) …` → domain → its slot text. */
function parseState(state: string): Map<string, string> {
  const domains = new Map<string, string>();
  if (state.trim() === "null") return domains;
  const parts = state.split(/\( ([^()\s]+) \) /u);
  for (let i = 1; i + 1 < parts.length; i += 2) domains.set(parts[i] ?? "", (parts[i + 1] ?? "").trim());
  return domains;
}

/** X-RiSAWOZ put spaces around numbers, Latin words and some punctuation; Chinese has none. */
function unspace(text: string): string {
  return text
    .replace(/\s+/gu, " ")
    .replace(/ (?=[\p{Script=Han}\p{P}])|(?<=[\p{Script=Han}\p{P}]) /gu, "")
    .trim();
}

interface DstTurn {
  input: string;
  output: string;
  dialogue: string;
}

function relabel(turns: DstTurn[]): RisawozRow[] {
  const rows: RisawozRow[] = [];
  for (const turn of turns) {
    const before = /<state> (.*?) <endofstate>/u.exec(turn.input)?.[1];
    const user = /USER: (.*) <endofhistory>/u.exec(turn.input)?.[1];
    if (before === undefined || user === undefined) continue;
    const previous = parseState(before);
    const changed = [...parseState(turn.output)].filter(([domain, slots]) => previous.get(domain) !== slots);
    if (changed.length !== 1) continue;
    const intent = DOMAINS[changed[0]?.[0] ?? ""];
    const text = unspace(user);
    if (!intent || [...text].length < MIN_CHARS) continue;
    rows.push({ text, lang: "zh", intent, source: "risawoz", group: turn.dialogue });
  }
  return rows;
}

/** Relabels RiSAWOZ's Chinese user turns; `readJson` reads one file of the pinned snapshot. */
export function risawoz(readJson: (path: string) => unknown): RisawozRow[] {
  // The validation file is a flat list of turns: a dialogue starts where the state is empty and no
  // wizard act precedes the user.
  const valTurns: DstTurn[] = [];
  let dialogue = -1;
  for (const item of readJson(RISAWOZ_FILES.val) as { input: string; output: string }[]) {
    if (item.input.includes("<state> null <endofstate>") && !item.input.includes("AGENT_ACTS")) dialogue++;
    valTurns.push({ input: item.input, output: item.output, dialogue: `val:${dialogue}` });
  }
  const fewshot = (readJson(RISAWOZ_FILES.fewshot) as { data: Record<string, string>[] }).data
    .filter((item) => item.train_target === "dst")
    .map((item) => ({
      input: item.input_text ?? "",
      output: item.output_text ?? "",
      dialogue: `fewshot:${item.dial_id}`,
    }));
  return [...relabel(valTurns), ...relabel(fewshot)];
}
