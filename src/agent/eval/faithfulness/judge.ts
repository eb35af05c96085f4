import type { QuoteLine } from "../../events.ts";
import { mentions, wrongLanguage } from "./mentions.ts";
import type {
  CardFrame,
  ConstraintKind,
  Divergence,
  FaithCase,
  FrameLine,
  ObservedCard,
  Transcript,
  Verdict,
} from "./types.ts";

/** A question, or a reason why not: what makes a reply without a card "asked" rather than a failure. */
const QUESTION_OR_REASON = [
  "?",
  "？",
  "找不到",
  "没找到",
  "没有找到",
  "无法",
  "不能",
  "做不了",
  "没法",
  "不够",
  "超出",
  "抱歉",
  "可惜",
  "没有场次",
  "没达到",
  "不太确定",
  "sorry",
  "couldn't",
  "can't",
  "cannot",
  "unable",
  "isn't on",
  "not sure",
  "no sessions",
  "below the minimum",
];

const ORIGIN = { home: ["家", "home"], office: ["公司", "the office", "office"] };

/** A frame with its reference resolved: "the second one" becomes the event the reply listed second. */
function resolve(frame: CardFrame, transcript: Transcript): CardFrame {
  if (frame.eventFromOption === undefined) return frame;
  const listed = transcript.turns.at(-2)?.options ?? [];
  const label = listed[frame.eventFromOption - 1];
  if (!label) return { ...frame, event: { zh: "(not listed)", en: "(not listed)", words: [] } };
  return { ...frame, event: { zh: label, en: label, words: [label] } };
}

function nameOf(line: QuoteLine): string[] {
  return [line.name, line.nameEn ?? ""].filter(Boolean);
}

function compareLines(
  frameLines: FrameLine[],
  lines: QuoteLine[],
): { kind: ConstraintKind; detail: string }[] {
  const found: { kind: ConstraintKind; detail: string }[] = [];
  let remaining = [...lines];
  const items = [...new Set(frameLines.map((line) => line.itemKey))];
  for (const itemKey of items) {
    const wanted = frameLines.filter((line) => line.itemKey === itemKey);
    const acceptable = new Set(wanted.flatMap((line) => line.acceptableNames));
    const matched = remaining.filter((line) => nameOf(line).some((name) => acceptable.has(name)));
    if (!matched.length) {
      found.push({ kind: "item", detail: `no line for ${wanted[0]?.words[0] ?? itemKey}` });
      continue;
    }
    remaining = remaining.filter((line) => !matched.includes(line));
    const want = wanted.reduce((sum, line) => sum + line.qty, 0);
    const got = matched.reduce((sum, line) => sum + line.qty, 0);
    if (want !== got)
      found.push({ kind: "qty", detail: `${wanted[0]?.words[0]}: wanted ${want}, card ${got}` });
    const split = wanted.length > 1;
    const missing = wanted.filter(
      (line) =>
        line.options &&
        !matched.some(
          (candidate) =>
            (!split || candidate.qty === line.qty) &&
            Object.entries(line.options ?? {}).every(([group, accept]) =>
              accept.includes(candidate.options?.[group] ?? ""),
            ),
        ),
    );
    if (missing.length)
      found.push({
        kind: "options",
        detail: `wanted ${missing.map((line) => `${line.qty}×${JSON.stringify(line.options)}`).join(" + ")}, card ${matched.map((line) => `${line.qty}×${JSON.stringify(line.options ?? {})}`).join(" + ")}`,
      });
  }
  if (remaining.length)
    found.push({ kind: "item", detail: `extra lines ${remaining.map((line) => line.name).join(", ")}` });
  return found;
}

/** Every way a card differs from its frame (empty when the card is faithful). */
export function compare(frame: CardFrame, card: ObservedCard): { kind: ConstraintKind; detail: string }[] {
  const quote = card.quote;
  if (!quote) return [{ kind: "item", detail: "card without a quote" }];
  const found: { kind: ConstraintKind; detail: string }[] = [];
  const merchant = `${quote.merchant} ${quote.merchantEn ?? ""}`;
  if (frame.kind === "order_delivery" && frame.lines) found.push(...compareLines(frame.lines, quote.lines));
  if (frame.event) {
    const { zh, en } = frame.event;
    if (quote.merchant !== zh && quote.merchantEn !== en && !merchant.includes(zh) && !merchant.includes(en))
      found.push({ kind: "item", detail: `event ${quote.merchantEn ?? quote.merchant}, wanted ${en}` });
    if (frame.event.day && !(quote.address ?? "").includes(frame.event.day))
      found.push({ kind: "time", detail: `session ${quote.address}, wanted ${frame.event.day}` });
  }
  if (frame.kind === "buy_tickets" && frame.lines?.[0]) {
    const seats = quote.lines.reduce((sum, line) => sum + line.qty, 0);
    if (seats !== frame.lines[0].qty)
      found.push({ kind: "qty", detail: `wanted ${frame.lines[0].qty} tickets, card ${seats}` });
  }
  if (frame.destination) {
    const text = `${quote.address ?? ""} ${quote.lines.flatMap(nameOf).join(" ")}`;
    if (!frame.destination.names.some((name) => text.includes(name)))
      found.push({ kind: "item", detail: `ride to ${quote.address}, wanted ${frame.destination.names[0]}` });
  }
  if (frame.brand && !merchant.includes(frame.brand.zh) && !merchant.includes(frame.brand.en))
    found.push({ kind: "merchant", detail: `${quote.merchant}, wanted ${frame.brand.zh}` });
  for (const brand of frame.excludedBrands ?? [])
    if (merchant.includes(brand.zh) || merchant.includes(brand.en))
      found.push({ kind: "exclusion", detail: `${quote.merchant} was excluded` });
  const excludedNames = new Set(frame.excludedNames ?? []);
  const excludedLine = quote.lines.find((line) => nameOf(line).some((name) => excludedNames.has(name)));
  if (excludedLine)
    found.push({ kind: "exclusion", detail: `${excludedLine.name} is ${frame.excludedWords?.[0]}` });
  if (frame.budget) {
    const spent =
      frame.budget.kind === "total" ? quote.totalFen : Math.max(...quote.lines.map((line) => line.unitFen));
    if (spent > frame.budget.fen)
      found.push({
        kind: "budget",
        detail: `${frame.budget.kind} ${spent / 100} > ${frame.budget.fen / 100} yuan`,
      });
  }
  if (
    frame.etaMaxMinutes !== undefined &&
    (quote.etaMinutes === undefined || quote.etaMinutes > frame.etaMaxMinutes)
  )
    found.push({ kind: "eta", detail: `eta ${quote.etaMinutes} > ${frame.etaMaxMinutes} min` });
  if (frame.address && frame.kind === "order_delivery" && !(quote.address ?? "").includes(frame.address.text))
    found.push({ kind: "address", detail: `to ${quote.address}, wanted ${frame.address.label}` });
  if (frame.address && frame.kind === "ride_hail") {
    const from = quote.lines.flatMap(nameOf);
    if (
      !from.some((name) =>
        ORIGIN[frame.address?.label ?? "home"].some((label) => name.startsWith(`${label} →`)),
      )
    )
      found.push({ kind: "address", detail: `${quote.lines[0]?.name}, wanted from ${frame.address.label}` });
  }
  if (frame.time) {
    // A ride asked to be there by a time arrives its trip after the pick-up: judged by the arrival.
    const trip = frame.time.arrive && quote.etaMinutes !== undefined ? quote.etaMinutes * 60_000 : 0;
    const at = card.scheduledFor === undefined ? undefined : card.scheduledFor + trip;
    if (at === undefined || at < frame.time.at - frame.time.earlyMs || at > frame.time.at + frame.time.lateMs)
      found.push({
        kind: "time",
        detail:
          at === undefined
            ? `not scheduled, wanted ${new Date(frame.time.at).toISOString()}`
            : `${trip ? "arrives" : "scheduled"} ${new Date(at).toISOString()}`,
      });
  }
  return found;
}

/** A basket of linked orders across shops answers a delivery request as a whole. */
function sameKind(card: ObservedCard["kind"], frame: CardFrame["kind"]): boolean {
  return card === frame || (frame === "order_delivery" && card === "order_basket");
}

/** Classifies one case: an exact card, a question or honest refusal, a silent or named divergence, or a failure. */
export function judge(request: FaithCase, transcript: Transcript): Verdict {
  if (transcript.crashed) return { outcome: "failed", divergences: [], failure: "crashed" };
  const lastTurn = transcript.turns.at(-1);
  const reply = lastTurn?.replies.join("\n") ?? "";
  const cards = transcript.cards.filter(
    (card) => card.status === "awaiting_confirmation" || card.status === "scheduled",
  );
  const divergences: Divergence[] = [];
  if (cards.length) {
    const unused = [...cards];
    for (const [index, raw] of request.frames.entries()) {
      const frame = resolve(raw, transcript);
      const asBundle = index > 0;
      const at = unused.findIndex((card) => sameKind(card.kind, frame.kind));
      if (at === -1) {
        const kind: ConstraintKind = asBundle ? "bundle" : "kind";
        divergences.push({
          kind,
          named: mentions(kind, frame, reply),
          detail: `no ${frame.kind} card (cards: ${cards.map((card) => card.kind).join(", ")})`,
        });
        continue;
      }
      const [card] = unused.splice(at, 1) as [ObservedCard];
      for (const { kind, detail } of compare(frame, card)) {
        const counted: ConstraintKind = asBundle ? "bundle" : kind;
        const qty = card.quote?.lines.map((line) => line.qty) ?? [];
        divergences.push({ kind: counted, named: mentions(kind, frame, reply, { qty }), detail });
        if (!asBundle && request.referenceKinds?.includes(kind))
          divergences.push({
            kind: "reference",
            named: mentions(kind, frame, reply, { qty }),
            detail: `follow-up not applied: ${detail}`,
          });
      }
    }
  }
  const replies = transcript.turns.flatMap((turn) => turn.replies);
  if (replies.some((text) => wrongLanguage(text, request.lang)))
    return { outcome: "failed", divergences, failure: "language" };
  if (!cards.length) {
    const asked =
      (lastTurn?.options.length ?? 0) > 0 ||
      QUESTION_OR_REASON.some((cue) => reply.toLowerCase().includes(cue));
    return asked ? { outcome: "asked", divergences } : { outcome: "failed", divergences, failure: "no_card" };
  }
  if (!divergences.length) return { outcome: "exact", divergences };
  return { outcome: divergences.some((divergence) => !divergence.named) ? "silent" : "named", divergences };
}
