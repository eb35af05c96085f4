import type { Gazetteer } from "../nlu/gazetteer.ts";
import { understand } from "../nlu/understand.ts";
import type { BrainTurn } from "../types.ts";
import { resolveIntent } from "./intent.ts";
import type { ReadPiece } from "./needs.ts";

/** Reads pieces of one turn's message as the brain reads a message (each piece read once). */
export function pieceReader(
  turn: BrainTurn,
  gazetteer?: Gazetteer,
): (text: string) => ReturnType<ReadPiece> & { lang: "zh" | "en" } {
  const seen = new Map<string, ReturnType<ReadPiece> & { lang: "zh" | "en" }>();
  return (text) => {
    const known = seen.get(text);
    if (known) return known;
    const understood = understand(text, {
      now: turn.now,
      timeZone: turn.profile.timeZone,
      ...(gazetteer ? { gazetteer } : {}),
    });
    const read = { ...understood, resolved: resolveIntent(understood, text) };
    seen.set(text, read);
    return read;
  };
}
