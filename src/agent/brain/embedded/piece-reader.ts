import type { Gazetteer } from "../nlu/gazetteer.ts";
import { type Understanding, understand } from "../nlu/understand.ts";
import type { BrainTurn } from "../types.ts";
import { resolveIntent } from "./intent.ts";
import type { ReadPiece } from "./needs.ts";

/** What the NLU makes of a text said in a turn (its clock and time zone), each text understood once. */
export type Understander = (turn: BrainTurn, text: string) => Understanding;

/**
 * Understands the texts of one turn, each once: the whole message is read for its needs, then again
 * when it is decided, and a piece of it is read again when it is decided on its own. `understand`
 * depends only on the text, the turn's clock and time zone, and the gazetteer and model, which do
 * not change within a turn; make one per turn.
 */
export function turnUnderstander(gazetteer?: Gazetteer): Understander {
  const seen = new Map<string, Understanding>();
  return (turn, text) => {
    const key = `${turn.now}\u0000${turn.profile.timeZone}\u0000${text}`;
    const known = seen.get(key);
    if (known) return known;
    const understood = understand(text, {
      now: turn.now,
      timeZone: turn.profile.timeZone,
      ...(gazetteer ? { gazetteer } : {}),
    });
    seen.set(key, understood);
    return understood;
  };
}

/** Reads pieces of one turn's message as the brain reads a message (each piece read once). */
export function pieceReader(
  turn: BrainTurn,
  gazetteer?: Gazetteer,
  understood: Understander = turnUnderstander(gazetteer),
): (text: string) => ReturnType<ReadPiece> & { lang: "zh" | "en" } {
  const seen = new Map<string, ReturnType<ReadPiece> & { lang: "zh" | "en" }>();
  return (text) => {
    const known = seen.get(text);
    if (known) return known;
    const read = understood(turn, text);
    const resolved = { ...read, resolved: resolveIntent(read, text) };
    seen.set(text, resolved);
    return resolved;
  };
}
