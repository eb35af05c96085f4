import type { ServiceContext } from "../../ecosystem/kernel/context.ts";
import { DimpleError } from "../../ecosystem/kernel/errors.ts";
import type { Lang } from "../brain/types.ts";
import type { AgentEvent } from "../events.ts";

export interface SessionRow {
  id: string;
  userId: string;
  lang: Lang;
  state: Record<string, unknown>;
}

/** Conversation sessions and their turns, persisted. */
export class SessionStore {
  constructor(private readonly context: ServiceContext) {}

  async create(userId: string, lang: Lang): Promise<SessionRow> {
    const now = this.context.clock.now();
    const id = this.context.ids.next("ses");
    await this.context.db
      .insertInto("agent_sessions")
      .values({ id, user_id: userId, lang, state: "{}", created_at: now, updated_at: now })
      .execute();
    return { id, userId, lang, state: {} };
  }

  /** The session if it belongs to the user; another user's session is reported as not found. */
  async getOwned(userId: string, sessionId: string): Promise<SessionRow> {
    const row = await this.context.db
      .selectFrom("agent_sessions")
      .selectAll()
      .where("id", "=", sessionId)
      .executeTakeFirst();
    if (!row || row.user_id !== userId) {
      throw new DimpleError("not_found", `session ${sessionId} was not found`, {
        status: 404,
        field: "sessionId",
      });
    }
    return {
      id: row.id,
      userId: row.user_id,
      lang: row.lang === "en" ? "en" : "zh",
      state: JSON.parse(row.state),
    };
  }

  async lang(sessionId: string): Promise<Lang> {
    const row = await this.context.db
      .selectFrom("agent_sessions")
      .select("lang")
      .where("id", "=", sessionId)
      .executeTakeFirst();
    return row?.lang === "en" ? "en" : "zh";
  }

  async saveState(sessionId: string, state: Record<string, unknown>, lang?: Lang): Promise<void> {
    await this.context.db
      .updateTable("agent_sessions")
      .set({ state: JSON.stringify(state), updated_at: this.context.clock.now(), ...(lang ? { lang } : {}) })
      .where("id", "=", sessionId)
      .execute();
  }

  async appendTurn(
    session: SessionRow,
    role: "user" | "assistant",
    text: string,
    events: AgentEvent[],
  ): Promise<void> {
    const last = await this.context.db
      .selectFrom("agent_turns")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .where("session_id", "=", session.id)
      .executeTakeFirst();
    await this.context.db
      .insertInto("agent_turns")
      .values({
        id: this.context.ids.next("turn"),
        session_id: session.id,
        user_id: session.userId,
        seq: Number(last?.seq ?? 0) + 1,
        role,
        text,
        events: JSON.stringify(events),
        at: this.context.clock.now(),
      })
      .execute();
  }

  /** The last `limit` turns, oldest first. */
  async history(sessionId: string, limit = 12): Promise<{ role: "user" | "assistant"; text: string }[]> {
    const rows = await this.context.db
      .selectFrom("agent_turns")
      .select(["role", "text"])
      .where("session_id", "=", sessionId)
      .orderBy("seq", "desc")
      .limit(limit)
      .execute();
    return rows
      .reverse()
      .map((row) => ({ role: row.role === "assistant" ? "assistant" : "user", text: row.text }));
  }
}
