import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { JobDeadLettersTable } from "./tables.ts";

/** Records a job that failed its last retry, with the error that ended it. */
export async function recordDeadLetter(
  db: Kysely<Database>,
  letter: Omit<JobDeadLettersTable, "id" | "failed_at">,
): Promise<void> {
  await db
    .insertInto("job_dead_letters")
    .values({ ...letter, id: randomUUID(), failed_at: Date.now() })
    .execute();
}

/** The newest dead letters first (what an operator looks at). */
export async function listDeadLetters(db: Kysely<Database>, limit = 100): Promise<JobDeadLettersTable[]> {
  return db.selectFrom("job_dead_letters").selectAll().orderBy("failed_at", "desc").limit(limit).execute();
}

/** The error's message as one line an operator can read. */
export function deadLetterReason(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 2000);
  return String(error).slice(0, 2000);
}
