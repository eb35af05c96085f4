import type { ChatCompletionTool } from "openai/resources/chat/completions";
import type { ToolInfo } from "../../tools/client.ts";
import type { Intent } from "../nlu/intents.ts";
import type { IntentScore } from "../nlu/linear-model.ts";
import { AGENT_FUNCTIONS, type AgentFunctionName } from "./agent-functions.ts";

/** Read tools per intent: what the model may look up when the turn is about that intent. */
const READ_TOOLS: Record<Intent, readonly string[]> = {
  order_delivery: ["commerce_search_items", "commerce_merchant_detail", "commerce_list_orders"],
  search_place: ["maps_text_search", "maps_around_search"],
  route: ["maps_text_search", "maps_direction_transit_integrated", "maps_direction_driving"],
  weather: ["maps_weather"],
  search_events: ["tickets_search_events", "tickets_event_detail"],
  buy_tickets: ["tickets_search_events", "tickets_event_detail", "tickets_find_adjacent_seats"],
  ride_hail: ["maps_text_search", "rides_estimate"],
  order_status: ["commerce_get_order", "commerce_list_orders", "rides_get_trip"],
  cancel_order: [],
  payment: [],
  wallet_balance: ["pay_get_balance", "pay_list_transactions"],
  smalltalk: [],
  out_of_scope: [],
};

/** The agent's own functions per intent: how the model proposes a change (never makes it). */
const FUNCTIONS: Record<Intent, readonly AgentFunctionName[]> = {
  order_delivery: ["propose_order", "ask_user"],
  search_place: [],
  route: [],
  weather: [],
  search_events: ["ask_user"],
  buy_tickets: ["propose_tickets", "ask_user"],
  ride_hail: ["propose_ride", "ask_user"],
  order_status: [],
  cancel_order: ["cancel_task"],
  payment: ["propose_transfer", "ask_user"],
  wallet_balance: [],
  smalltalk: [],
  out_of_scope: [],
};

/** One fixed order for everything we ever offer, so the same intents give byte-identical tool lists. */
const OFFER_ORDER: readonly string[] = [
  ...new Set([...Object.values(READ_TOOLS).flat(), ...Object.keys(AGENT_FUNCTIONS)]),
];

/** Intents below this probability do not bring their tools (the top intent always does). */
const RANKING_FLOOR = 0.15;

/** Strings naming a place as "lng,lat"; the model may pass a saved address label instead. */
export const PLACE_ARGUMENTS: ReadonlySet<string> = new Set(["location", "near", "origin", "destination"]);

/** What the model is offered this turn: read tools by name, agent functions by name, and their schemas. */
export interface ToolOffer {
  readTools: Map<string, ToolInfo>;
  functions: Set<AgentFunctionName>;
  schemas: ChatCompletionTool[];
}

/**
 * Picks the tools relevant to the turn from the NLU's intent ranking. Only tools whose effect is
 * "read" are ever offered: writes and payments happen in the engine after the user confirms.
 */
export function selectTools(ranking: readonly IntentScore[], available: readonly ToolInfo[]): ToolOffer {
  const intents = ranking
    .filter((score, index) => index === 0 || score.probability >= RANKING_FLOOR)
    .map((score) => score.intent);
  const wanted = new Set(intents.flatMap((intent) => [...READ_TOOLS[intent], ...FUNCTIONS[intent]]));
  const byName = new Map(available.map((tool) => [tool.name, tool]));
  const readTools = new Map<string, ToolInfo>();
  const functions = new Set<AgentFunctionName>();
  const schemas: ChatCompletionTool[] = [];
  for (const name of OFFER_ORDER) {
    if (!wanted.has(name)) continue;
    const definition = AGENT_FUNCTIONS[name as AgentFunctionName];
    if (definition) {
      functions.add(name as AgentFunctionName);
      schemas.push(functionSchema(name, definition.description, definition.parameters));
      continue;
    }
    const tool = byName.get(name);
    // The effect is checked here, not only in the tables above: a tool is offered only if it reads.
    if (tool?.effect === "read") {
      readTools.set(name, tool);
      schemas.push(
        functionSchema(name, shortDescription(tool.description), modelParameters(tool.parameters)),
      );
    }
  }
  return { readTools, functions, schemas };
}

function functionSchema(
  name: string,
  description: string,
  parameters: Record<string, unknown>,
): ChatCompletionTool {
  return { type: "function", function: { name, description, parameters } };
}

/** The first sentence or so of a tool's description: the rest costs tokens on every turn. */
function shortDescription(description: string): string {
  const cut = description.split(/(?<=[.。])\s/u)[0] ?? description;
  return cut.length > 160 ? `${cut.slice(0, 159)}…` : cut;
}

const SAFE_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * A tool's JSON schema as the model sees it: no `userId` (the brain fills in the signed-in user, so
 * a model can never act for someone else), place arguments that also take a saved address label,
 * and none of zod's ±2^53 bounds that only cost tokens.
 */
export function modelParameters(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(schema);
  delete copy.$schema;
  const properties = (copy.properties ?? {}) as Record<string, Record<string, unknown>>;
  delete properties.userId;
  delete properties.idempotencyKey;
  if (Array.isArray(copy.required))
    copy.required = copy.required.filter((name) => name !== "userId" && name !== "idempotencyKey");
  for (const [name, property] of Object.entries(properties)) {
    if (PLACE_ARGUMENTS.has(name)) {
      delete property.pattern;
      property.description =
        `${String(property.description ?? "")} Or a saved address label (home, office).`.trim();
    }
  }
  stripBounds(copy);
  return copy;
}

function stripBounds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) stripBounds(item);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (record.minimum === -SAFE_LIMIT) delete record.minimum;
  if (record.maximum === SAFE_LIMIT) delete record.maximum;
  for (const value of Object.values(record)) stripBounds(value);
}
