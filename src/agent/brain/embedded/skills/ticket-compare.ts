import type { Lang } from "../../types.ts";
import { say, yuan } from "../say.ts";
import { type EventSummary, namedEvents } from "./event-match.ts";
import { sessionsFor, type TicketDraft } from "./ticket-draft.ts";

// "郎朗和贝多芬第九哪个票便宜？买便宜那个", "Teahouse or Mahua, whichever is cheaper": two shows named
// and the cheaper one asked for — compared by their lowest ticket on the days asked, and said so.

const WHICH_CHEAPER =
  /哪个(?:票|的票)?(?:更|比较)?便宜|便宜(?:的)?那(?:个|场)|哪个便宜(?:就)?买哪个|\bwhichever (?:one )?(?:is )?cheaper\b|\bthe cheaper (?:one|of (?:the )?(?:two|them))\b|\bwhich (?:one )?is cheaper\b/iu;

/** The cheaper of the shows named, with the comparison in words; undefined unless the cheaper is asked. */
export function cheaperOf(
  text: string,
  events: EventSummary[],
  draft: TicketDraft,
  lang: Lang,
): { event: EventSummary; note: string } | undefined {
  if (!WHICH_CHEAPER.test(text)) return undefined;
  // Each show named on its own side of "和" / "or" (one reading of the whole names only the best match).
  const named: EventSummary[] = [];
  for (const part of text.split(/和|与|跟|还是|或者?|、|\bor\b|\band\b|\bvs\.?\b|\bversus\b/iu)) {
    for (const event of namedEvents(part, events))
      if (!named.some((seen) => seen.id === event.id)) named.push(event);
  }
  if (named.length < 2) return undefined;
  const on = named.filter((event) => !draft.days || sessionsFor(event, draft).length > 0);
  const ranked = [...(on.length > 0 ? on : named)].sort((a, b) => a.minPriceFen - b.minPriceFen);
  const [first] = ranked;
  if (!first) return undefined;
  const listed = [...ranked, ...named.filter((event) => !ranked.includes(event))].map((event) =>
    ranked.includes(event)
      ? say(
          lang,
          `「${event.nameZh}」最低 ${yuan(event.minPriceFen)}`,
          `${event.nameEn} from ${yuan(event.minPriceFen)}`,
        )
      : say(lang, `「${event.nameZh}」那天没有场次`, `${event.nameEn} has no session then`),
  );
  return {
    event: first,
    note: say(
      lang,
      `比了一下：${listed.join("，")}，买便宜的「${first.nameZh}」。\n`,
      `Compared: ${listed.join("; ")} — going with the cheaper, ${first.nameEn}.\n`,
    ),
  };
}
