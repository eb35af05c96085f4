import type { World } from "../../../../ecosystem/world/world.ts";
import type { TaskEvent } from "../../../events.ts";
import type { Agent } from "../../../runtime.ts";
import type { Brain } from "../../types.ts";
import { EmbeddedBrain } from "../brain.ts";
import { loadWorldGazetteer } from "../world-gazetteer.ts";
import type { Contact } from "./contacts.ts";

/** One turn's outcome, as a test reads it. */
export interface Turn {
  reply: string;
  options: { id: string; label: string; detail?: string }[];
  tasks: TaskEvent[];
}

/** Sends one user turn; `state()` reads the brain's dialogue state after it. */
export interface Chat {
  (text: string): Promise<Turn>;
  state(): Promise<Record<string, unknown>>;
}

/** A conversation of one user with the agent, turn by turn, through `conversation.message`. */
export async function openChat(agent: Agent, userId: string, lang: "zh" | "en"): Promise<Chat> {
  const session = await agent.sessions.create(userId, lang);
  const send = async (text: string): Promise<Turn> => {
    const events = await agent.conversation.message(userId, session.id, text);
    const replies = events.filter((event) => event.type === "reply");
    return {
      reply: replies.map((event) => event.text).join("\n"),
      options: replies.flatMap((event) => event.options ?? []),
      tasks: events.filter((event): event is TaskEvent => event.type === "task"),
    };
  };
  return Object.assign(send, {
    state: async () => (await agent.sessions.getOwned(userId, session.id)).state,
  });
}

/** The embedded brain over the world's gazetteer, seeing the user's contacts in the profile. */
export async function brainWithContacts(world: World): Promise<Brain> {
  return withContacts(new EmbeddedBrain(await loadWorldGazetteer(world.context)), world);
}

/**
 * Gives the brain the user's contacts the way the memory layer is asked to load them (the other
 * seeded demo users; see the report): `profile.contacts` does not exist yet, and the payment skill
 * reads it. When the profile carries contacts, they are left alone.
 */
export function withContacts(brain: Brain, world: World): Brain {
  return {
    name: brain.name,
    async decide(turn) {
      if ("contacts" in turn.profile) return brain.decide(turn);
      const rows = await world.context.db
        .selectFrom("users")
        .select(["id", "display_name", "username"])
        .where("demo", "=", 1)
        .where("role", "=", "user")
        .where("id", "!=", turn.profile.userId)
        .orderBy("id")
        .execute();
      const contacts: Contact[] = rows.map((row) => ({
        userId: row.id,
        displayName: row.display_name,
        username: row.username,
      }));
      return brain.decide({ ...turn, profile: { ...turn.profile, contacts } as typeof turn.profile });
    },
  };
}
