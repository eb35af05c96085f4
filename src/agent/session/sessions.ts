import type { Kysely } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";
import type { Lang } from "../brain/types.ts";
import type { AgentEvent } from "../events.ts";

// The reads and the state write of every turn, compiled once (`compiledQuery`).
const sessionById = compiledQuery((db: Kysely<Database>, sessionId: string) =>
  db.selectFrom("agent_sessions").selectAll().where("id", "=", sessionId),
);
const storeState = compiledQuery((db: Kysely<Database>, state: string, at: number, sessionId: string) =>
  db.updateTable("agent_sessions").set({ state, updated_at: at }).where("id", "=", sessionId),
);
const lastSeq = compiledQuery((db: Kysely<Database>, sessionId: string) =>
  db
    .selectFrom("agent_turns")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .where("session_id", "=", sessionId),
);
const lastTurns = compiledQuery((db: Kysely<Database>, sessionId: string, limit: number) =>
  db
    .selectFrom("agent_turns")
    .select(["role", "text"])
    .where("session_id", "=", sessionId)
    .orderBy("seq", "desc")
    .limit(limit),
);

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
    const row = (await sessionById(this.context.db, sessionId)).rows[0];
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

  /**
   * Persists one exchange in one transaction: the session's new dialogue state, the user's words and
   * the assistant's reply with its events, numbered after the session's last turn.
   */
  async recordExchange(
    session: SessionRow,
    exchange: { state: Record<string, unknown>; userText: string; replyText: string; events: AgentEvent[] },
  ): Promise<void> {
    const now = this.context.clock.now();
    const ids = [this.context.ids.next("turn"), this.context.ids.next("turn")];
    await this.context.db.transaction().execute(async (trx) => {
      await storeState(trx, JSON.stringify(exchange.state), now, session.id);
      const last = (await lastSeq(trx, session.id)).rows[0];
      const seq = Number(last?.seq ?? 0);
      const turn = { session_id: session.id, user_id: session.userId, at: now };
      await trx
        .insertInto("agent_turns")
        .values([
          {
            ...turn,
            id: ids[0] as string,
            seq: seq + 1,
            role: "user",
            text: exchange.userText,
            events: "[]",
          },
          {
            ...turn,
            id: ids[1] as string,
            seq: seq + 2,
            role: "assistant",
            text: exchange.replyText,
            events: JSON.stringify(exchange.events),
          },
        ])
        .execute();
    });
  }

  /** The last `limit` turns, oldest first. */
  async history(sessionId: string, limit = 12): Promise<{ role: "user" | "assistant"; text: string }[]> {
    const { rows } = await lastTurns(this.context.db, sessionId, limit);
    return rows
      .reverse()
      .map((row) => ({ role: row.role === "assistant" ? "assistant" : "user", text: row.text }));
  }
}
