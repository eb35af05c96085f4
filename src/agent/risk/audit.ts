import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import type { Database } from "../../store/schema.ts";
import { canonicalJson } from "../engine/cart-hash.ts";
import { redact } from "./redact.ts";

/** The hash the first entry points back to. */
export const GENESIS_HASH = `sha256:${"0".repeat(64)}`;

/** One entry of the audit chain, as stored. */
export interface AuditEntry {
  seq: number;
  at: number;
  type: string;
  actor: string;
  data: string;
  prevHash: string;
  hash: string;
}

/** The hash of an entry: SHA-256 over the canonical JSON of everything in it except the hash. */
export function entryHash(entry: Omit<AuditEntry, "hash">): string {
  const body = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    type: entry.type,
    actor: entry.actor,
    data: entry.data,
    prevHash: entry.prevHash,
  });
  return `sha256:${createHash("sha256").update(body).digest("hex")}`;
}

/**
 * The append-only, hash-chained audit log (`risk_audit`). Each entry carries the hash of the one
 * before it, so editing or deleting any entry breaks every hash after it (`verifyAudit`). Appends
 * within a process are serialised; appends from several processes race on the primary key and retry.
 */
export class AuditLog {
  #tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly context: ServiceContext) {}

  /** Appends one entry; `data` is redacted before it is written. */
  append(type: string, actor: string, data: Record<string, unknown>): Promise<AuditEntry> {
    const next = this.#tail.catch(() => {}).then(() => this.#append(type, actor, data));
    this.#tail = next;
    return next;
  }

  async #append(type: string, actor: string, data: Record<string, unknown>): Promise<AuditEntry> {
    const text = canonicalJson(redact(data));
    for (let attempt = 0; ; attempt++) {
      const last = await this.context.db
        .selectFrom("risk_audit")
        .select(["seq", "hash"])
        .orderBy("seq", "desc")
        .limit(1)
        .executeTakeFirst();
      const unsigned = {
        seq: (last?.seq ?? 0) + 1,
        at: this.context.clock.now(),
        type,
        actor,
        data: text,
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      const entry: AuditEntry = { ...unsigned, hash: entryHash(unsigned) };
      try {
        await this.context.db
          .insertInto("risk_audit")
          .values({
            seq: entry.seq,
            at: entry.at,
            type: entry.type,
            actor: entry.actor,
            data: entry.data,
            prev_hash: entry.prevHash,
            hash: entry.hash,
          })
          .execute();
        return entry;
      } catch (error) {
        // Another process appended the same sequence number first: chain onto its entry instead.
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  /** The newest entries first (for tests and the CLI). */
  async recent(limit = 50): Promise<AuditEntry[]> {
    const rows = await this.context.db
      .selectFrom("risk_audit")
      .selectAll()
      .orderBy("seq", "desc")
      .limit(limit)
      .execute();
    return rows.map(toEntry);
  }
}

function toEntry(row: {
  seq: number;
  at: number;
  type: string;
  actor: string;
  data: string;
  prev_hash: string;
  hash: string;
}): AuditEntry {
  return {
    seq: Number(row.seq),
    at: Number(row.at),
    type: row.type,
    actor: row.actor,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** One break in the chain. */
export interface AuditProblem {
  seq: number;
  code: "missing_entry" | "edited_entry" | "broken_link" | "anchor_mismatch";
  message: string;
}

/** What `verifyAudit` found. */
export interface AuditReport {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  problems: AuditProblem[];
}

/**
 * Walks the whole chain: sequence numbers must run 1, 2, 3 … without a gap, each entry's hash must
 * match its content and each `prevHash` the entry before. An `anchor` (a head recorded elsewhere
 * earlier) also catches the deletion of the newest entries, which a chain alone cannot.
 */
export async function verifyAudit(
  db: Kysely<Database>,
  anchor?: { seq: number; hash: string },
): Promise<AuditReport> {
  const rows = (await db.selectFrom("risk_audit").selectAll().orderBy("seq").execute()).map(toEntry);
  const problems: AuditProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const entry of rows) {
    if (entry.seq !== expectedSeq) {
      problems.push({
        seq: expectedSeq,
        code: "missing_entry",
        message: `entries ${expectedSeq}–${entry.seq - 1} are missing`,
      });
    }
    if (entryHash(entry) !== entry.hash) {
      problems.push({ seq: entry.seq, code: "edited_entry", message: `entry ${entry.seq} was changed` });
    }
    if (entry.prevHash !== prevHash) {
      problems.push({
        seq: entry.seq,
        code: "broken_link",
        message: `entry ${entry.seq} does not follow the entry before it`,
      });
    }
    expectedSeq = entry.seq + 1;
    prevHash = entry.hash;
  }
  if (anchor) {
    const anchored = rows.find((entry) => entry.seq === anchor.seq);
    if (!anchored || anchored.hash !== anchor.hash) {
      problems.push({
        seq: anchor.seq,
        code: "anchor_mismatch",
        message: `entry ${anchor.seq} is not the one recorded as ${anchor.hash}`,
      });
    }
  }
  const last = rows.at(-1);
  return {
    ok: problems.length === 0,
    entries: rows.length,
    head: last ? { seq: last.seq, hash: last.hash } : null,
    problems,
  };
}
