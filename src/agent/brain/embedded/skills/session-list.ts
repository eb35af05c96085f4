import type { BrainDecision } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { EventSummary } from "./event-match.ts";
import { sessionLabel } from "./shanghai-time.ts";

const SHOWN = 5;

/**
 * One show found with several sessions ("陈奕迅演唱会有哪几场", "when is Jay Chou playing"): its sessions
 * are the list, so "第2场" / "the second show" picks a session, not a show out of a list of one.
 */
export function sessionList(
  event: EventSummary,
  now: number,
  lang: "zh" | "en",
  state: DialogueState,
  tail = "",
): BrainDecision {
  const sessions = event.sessions.slice(0, SHOWN);
  const label = (startsAt: number, language: "zh" | "en") => sessionLabel(startsAt, now, language);
  return {
    type: "propose",
    text:
      say(
        lang,
        `「${event.nameZh}」有这 ${sessions.length} 场（${event.venue.nameZh}），说「第几场」我帮你买票：`,
        `${event.nameEn} plays ${sessions.length} times at ${event.venue.nameEn} — say "the first one" and I'll get tickets:`,
      ) + tail,
    options: sessions.map((session, index) => ({
      id: `session${index + 1}`,
      label: label(session.startsAt, lang),
      detail: say(lang, `${yuan(event.minPriceFen)} 起`, `from ${yuan(event.minPriceFen)}`),
    })),
    state: {
      ...state,
      shown: {
        kind: "session",
        entries: sessions.map((session, index) => ({
          id: `session${index + 1}`,
          label: `${event.nameZh} ${label(session.startsAt, "zh")}`,
          payload: { eventId: event.id, sessionId: session.sessionId },
        })),
      },
    },
  };
}
