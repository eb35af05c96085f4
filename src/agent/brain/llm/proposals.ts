import type { z } from "zod";
import type { SavedAddress } from "../../memory/profile.ts";
import { matchContacts } from "../embedded/skills/contacts.ts";
import { savedLabelOf } from "../embedded/skills/places.ts";
import type { RequestFrame } from "../frame.ts";
import type { Lang, TaskRequest } from "../types.ts";
import {
  AGENT_FUNCTIONS,
  type AgentFunctionName,
  type AskUser,
  type CancelTask,
  type ProposeOrder,
  type ProposeRide,
  type ProposeTickets,
  type ProposeTransfer,
} from "./agent-functions.ts";
import type { Evidence, SeenPlace } from "./evidence.ts";
import type { ProposalContext, ProposalOutcome } from "./proposal-context.ts";
import { replacing } from "./replacement.ts";

const say = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);
const problem = (text: string): ProposalOutcome => ({ problem: text });

/** Parses and validates one agent function call; the only way the model's words become a decision. */
export function decideProposal(
  name: AgentFunctionName,
  rawArguments: unknown,
  context: ProposalContext,
): ProposalOutcome {
  const parsed = AGENT_FUNCTIONS[name].schema.safeParse(rawArguments);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(
      `invalid arguments for ${name}: ${issue?.path.join(".") || "input"} ${issue?.message ?? ""}`.trim(),
    );
  }
  const replaces = (parsed.data as { replacesTaskId?: string }).replacesTaskId;
  switch (name) {
    case "propose_order":
      return replacing(
        proposeOrder(parsed.data as z.output<typeof ProposeOrder>, context),
        replaces,
        context,
      );
    case "propose_tickets":
      return replacing(
        proposeTickets(parsed.data as z.output<typeof ProposeTickets>, context),
        replaces,
        context,
      );
    case "propose_ride":
      return replacing(proposeRide(parsed.data as z.output<typeof ProposeRide>, context), replaces, context);
    case "propose_transfer":
      return replacing(
        proposeTransfer(parsed.data as z.output<typeof ProposeTransfer>, context),
        replaces,
        context,
      );
    case "cancel_task":
      return cancelTask(parsed.data as z.output<typeof CancelTask>, context);
    case "ask_user": {
      const { question } = parsed.data as z.output<typeof AskUser>;
      return { decision: { type: "ask", slot: "llm", text: question, state: context.state } };
    }
  }
}

function savedAddress(context: ProposalContext, label: string): SavedAddress | undefined {
  const wanted = savedLabelOf(label) ?? label.trim().toLowerCase();
  return context.turn.profile.addresses.find((address) => address.label.toLowerCase() === wanted);
}

function proposeOrder(args: z.output<typeof ProposeOrder>, context: ProposalContext): ProposalOutcome {
  const { evidence, lang } = context;
  const slots = context.slots();
  const merchant = evidence.merchants.get(args.merchantId);
  if (!merchant)
    return problem(`unknown merchantId ${args.merchantId}: use an id returned by a commerce tool this turn`);
  const names: string[] = [];
  for (const line of args.lines) {
    const item = evidence.items.get(line.skuId);
    if (!item) return problem(`unknown skuId ${line.skuId}: use an id returned by a commerce tool this turn`);
    if (item.merchantId !== args.merchantId)
      return problem(`skuId ${line.skuId} belongs to ${item.merchantId}, not ${args.merchantId}`);
    for (const [key, choice] of Object.entries(line.options ?? {})) {
      const choices = item.options?.get(key);
      if (item.options && !choices) return problem(`${item.nameEn} has no option "${key}"`);
      if (choices && !choices.has(choice))
        return problem(`option ${key}=${choice} is not offered; choices: ${[...choices].join(", ")}`);
    }
    names.push(`${say(lang, item.nameZh, item.nameEn)} ×${line.qty}`);
  }
  const address = savedAddress(context, args.addressLabel);
  if (!address)
    return problem(
      `unknown address label "${args.addressLabel}"; saved labels: ${context.turn.profile.addresses.map((saved) => saved.label).join(", ")}`,
    );
  // What the user literally asked for comes from the NLU of their words, not from the model, so the
  // risk check can catch a cart that grew (asked for one latte, the model put ten in the cart).
  const perLine = slots.quantity ?? 1;
  const frame = context.frame?.("order_delivery");
  const lines = inFrameOrder(args.lines, frame, evidence);
  const request: TaskRequest = {
    kind: "order_delivery",
    title: `${names.join(", ")} · ${say(lang, merchant.nameZh, merchant.nameEn)}`,
    args: {
      merchantId: args.merchantId,
      lines: lines.map((line) => ({ skuId: line.skuId, qty: line.qty, options: line.options ?? {} })),
      addressId: address.id,
    },
    asked: {
      items: [
        {
          text: slots.product ?? context.turn.text.slice(0, 40),
          qty: perLine * args.lines.length,
        },
      ],
      ...(slots.budgetMaxFen ? { budgetFen: slots.budgetMaxFen } : {}),
    },
    ...(frame ? { frame } : {}),
  };
  return {
    decision: {
      type: "start_task",
      request,
      text: say(
        lang,
        `好的，我选了「${merchant.nameZh}」的 ${names.join("、")}。`,
        `Here's ${names.join(", ")} from ${merchant.nameEn}.`,
      ),
      state: context.state,
    },
  };
}

/**
 * The model's lines in the order the user named the items, so the engine compares each line with
 * the item it answers ("两杯拿铁和一个可颂" proposed croissant first is still 2 lattes, 1 croissant).
 */
function inFrameOrder<Line extends { skuId: string }>(
  lines: Line[],
  frame: RequestFrame | undefined,
  evidence: Evidence,
): Line[] {
  if (!frame || frame.items.length < 2) return lines;
  const left = [...lines];
  const ordered: Line[] = [];
  for (const item of frame.items) {
    const wanted = item.text.toLowerCase();
    const at = left.findIndex((line) => {
      const seen = evidence.items.get(line.skuId);
      const names = [seen?.nameZh ?? "", seen?.nameEn ?? ""].map((name) => name.toLowerCase());
      return names.some((name) => name && (name.includes(wanted) || wanted.includes(name)));
    });
    if (at >= 0) ordered.push(...left.splice(at, 1));
  }
  return [...ordered, ...left];
}

function proposeTickets(args: z.output<typeof ProposeTickets>, context: ProposalContext): ProposalOutcome {
  const { evidence, lang } = context;
  const event = evidence.events.get(args.eventId);
  if (!event)
    return problem(`unknown eventId ${args.eventId}: use an id returned by a tickets tool this turn`);
  if (evidence.sessions.get(args.sessionId) !== args.eventId)
    return problem(`sessionId ${args.sessionId} is not a session of ${args.eventId} in the tool results`);
  const unseen = args.seatIds.find((seatId) => evidence.seats.get(seatId) !== args.sessionId);
  if (unseen)
    return problem(`seat ${unseen} was not offered for session ${args.sessionId}; look up seats first`);
  const name = say(lang, event.nameZh, event.nameEn);
  return {
    decision: {
      type: "start_task",
      request: {
        kind: "buy_tickets",
        title: `${name} ×${args.seatIds.length}`,
        args: {
          eventId: args.eventId,
          sessionId: args.sessionId,
          seatIds: args.seatIds,
          count: args.seatIds.length,
        },
        asked: { items: [{ text: name, qty: context.slots().quantity ?? args.seatIds.length }] },
      },
      text: say(lang, `${name}，${args.seatIds.length} 张票。`, `${name}, ${args.seatIds.length} ticket(s).`),
      state: context.state,
    },
  };
}

function resolvePlace(context: ProposalContext, reference: string): SeenPlace | undefined {
  const saved = savedAddress(context, reference);
  if (saved) {
    const [zh, en] =
      saved.label === "office"
        ? ["公司", "the office"]
        : saved.label === "home"
          ? ["家", "home"]
          : [saved.label, saved.label];
    return { id: saved.id, name: zh, nameEn: en, address: saved.address, lng: saved.lng, lat: saved.lat };
  }
  return context.evidence.places.get(reference);
}

function proposeRide(args: z.output<typeof ProposeRide>, context: ProposalContext): ProposalOutcome {
  const { lang } = context;
  const origin = resolvePlace(context, args.from);
  const destination = resolvePlace(context, args.to);
  if (!origin)
    return problem(`unknown place "${args.from}": use a saved address label or a POI id from maps results`);
  if (!destination)
    return problem(`unknown place "${args.to}": use a saved address label or a POI id from maps results`);
  const point = (place: SeenPlace) => ({ lng: place.lng, lat: place.lat, name: place.address ?? place.name });
  // A time the user said ("明天早上8点") is in the frame: a ride proposed for now is not carried out.
  const frame = context.frame?.("ride_hail");
  return {
    decision: {
      type: "start_task",
      request: {
        kind: "ride_hail",
        title: say(lang, `打车去${destination.name}`, `Ride to ${destination.nameEn}`),
        args: {
          productId: args.productId,
          origin: point(origin),
          destination: point(destination),
          labels: {
            origin: { zh: origin.name, en: origin.nameEn },
            destination: { zh: destination.name, en: destination.nameEn },
          },
        },
        ...(frame ? { frame } : {}),
      },
      text: say(
        lang,
        `从${origin.name}到${destination.name}。`,
        `From ${origin.nameEn} to ${destination.nameEn}.`,
      ),
      state: context.state,
    },
  };
}

function proposeTransfer(args: z.output<typeof ProposeTransfer>, context: ProposalContext): ProposalOutcome {
  const { lang, turn } = context;
  const found = matchContacts(turn.profile.contacts, args.contact);
  const [only] = found;
  if (!only || found.length > 1)
    return problem(`"${args.contact}" is not exactly one of the user's contacts; ask the user which contact`);
  // The recipient must be someone the user named, not someone a tool result or the model brought up.
  if (!namedByUser(only, context.userWords))
    return problem(`the user did not name ${only.displayName}; ask the user who should receive the money`);
  // The amount must be one the user said: a number from a tool result or the model's imagination
  // never becomes a transfer.
  if (context.statedAmounts().size === 0)
    return {
      decision: {
        type: "ask",
        slot: "amount",
        text: say(lang, `转多少钱给${only.displayName}？`, `How much should I send ${only.displayName}?`),
        state: context.state,
      },
    };
  if (!context.statedAmounts().has(args.amountFen))
    return problem(
      `amountFen ${args.amountFen} is not an amount the user stated (${[...context.statedAmounts()].join(", ")})`,
    );
  return {
    decision: {
      type: "start_task",
      request: {
        kind: "payment",
        title: say(lang, `转账给${only.displayName}`, `Send money to ${only.displayName}`),
        args: { toUserId: only.userId, toName: only.displayName, amountFen: args.amountFen },
        asked: { budgetFen: args.amountFen },
      },
      text: say(lang, `给${only.displayName}转账。`, `A transfer to ${only.displayName}.`),
      state: context.state,
    },
  };
}

function namedByUser(contact: { displayName: string; username: string }, words: readonly string[]): boolean {
  const names = [contact.displayName, contact.username, contact.displayName.split(/\s+/u)[0] ?? ""]
    .map((name) => name.toLowerCase())
    .filter((name) => name.length >= 2);
  return words.some((text) => {
    const lower = text.toLowerCase();
    return names.some((name) => lower.includes(name));
  });
}

const FINISHED = new Set(["completed", "cancelled", "failed"]);

function cancelTask(args: z.output<typeof CancelTask>, context: ProposalContext): ProposalOutcome {
  const task = context.turn.tasks.find((candidate) => candidate.taskId === args.taskId);
  if (!task) return problem(`taskId ${args.taskId} is not one of the user's tasks in the context`);
  if (FINISHED.has(task.status)) return problem(`task ${args.taskId} is already ${task.status}`);
  return {
    decision: {
      type: "cancel_task",
      taskId: task.taskId,
      text: say(context.lang, `好的，取消「${task.title}」。`, `OK, cancelling "${task.title}".`),
      state: context.state,
    },
  };
}
