/** A client's API key (`POST /api/keys`): stored only as its hash, shown once. */
export interface AuthApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  key_hash: string;
  /** Comma-separated scopes: read, chat, cancel. */
  scopes: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

/** A short-lived, single-use ticket that opens one event stream (`GET /api/events?ticket=`). */
export interface AuthStreamTicketsTable {
  ticket_hash: string;
  user_id: string;
  expires_at: number;
}

/**
 * Which Dimple session an OpenAI-compatible conversation is (clients resend the whole history): the
 * hash of an API key and the messages so far, mapped to the session they continue.
 */
export interface AuthChatThreadsTable {
  history_hash: string;
  session_id: string;
  user_id: string;
  created_at: number;
}

/** The server room's own tables (sign-in tokens stay in agent_auth_tokens, where they began). */
export interface AuthTables {
  auth_api_keys: AuthApiKeysTable;
  auth_stream_tickets: AuthStreamTicketsTable;
  auth_chat_threads: AuthChatThreadsTable;
}
