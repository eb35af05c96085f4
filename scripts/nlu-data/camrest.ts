/**
 * CamRest676 (Wen et al. 2017, Cambridge restaurant search; Apache-2.0 as released with NNDIAL and as
 * shipped in ConvLab-2's data/camrest/): the user's turns of train, val and test.
 *
 * A turn that informs or requests restaurant slots ("I want a cheap restaurant in the north part of
 * town", "What is their address and phone number?") → search_place: people looking for a place to
 * eat, told apart from ordering food to be delivered. Turns with no act (thanks, goodbye, "yes")
 * are left out, as are turns of under three words and turns whose only information is "dontcare"
 * ("I don't care"): they answer the system and say nothing about the intent.
 */
import type { Intent, Language } from "../../src/agent/brain/nlu/intents.ts";

/** One relabelled row, as build-external.ts keeps it. */
export interface CamRestRow {
  text: string;
  lang: Language;
  intent: Intent;
  source: string;
  group: string;
}

type CamRestDialogues = {
  dialogue_id?: number;
  dial: { usr: { transcript: string; dialog_act?: Record<string, string[][]> } }[];
}[];

/** The ConvLab-2 files read (zipped JSON), at the pinned ConvLab-2 commit. */
export const CAMREST_FILES = [
  "data/camrest/train.json.zip",
  "data/camrest/val.json.zip",
  "data/camrest/test.json.zip",
];

/** Relabels CamRest676's user turns; `unzipJson` reads the named member of one zip file of the pinned snapshot. */
export function camrest(unzipJson: (path: string, member: string) => unknown): CamRestRow[] {
  const rows: CamRestRow[] = [];
  for (const path of CAMREST_FILES) {
    const member = `${path
      .split("/")
      .pop()
      ?.replace(/\.zip$/u, "")}`;
    const dialogues = unzipJson(path, member) as CamRestDialogues;
    dialogues.forEach((dialogue, index) => {
      for (const turn of dialogue.dial) {
        const text = turn.usr.transcript.trim();
        const acts = turn.usr.dialog_act ?? {};
        const pairs = [...(acts.inform ?? []), ...(acts.request ?? [])];
        if (pairs.length === 0 || text.split(/\s+/u).length < 3) continue;
        if (pairs.every(([, value]) => value === "dontcare")) continue;
        rows.push({
          text,
          lang: "en",
          intent: "search_place",
          source: "camrest",
          group: `${path}:${dialogue.dialogue_id ?? index}`,
        });
      }
    });
  }
  return rows;
}
