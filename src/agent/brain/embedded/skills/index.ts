import type { Intent } from "../../nlu/intents.ts";
import type { Skill } from "./context.ts";

/**
 * Skills for the intents beyond ordering and chit-chat (places, routes, weather, events, tickets,
 * rides, orders, payments, balance).
 */
export const SKILLS: Partial<Record<Intent, Skill>> = {};
