import { describe } from "vitest";
import type { Dialect } from "./database.ts";
import { postgresUnavailable, TEST_POSTGRES_URL } from "./scratch.ts";

export { createTestDatabase, postgresUnavailable, TEST_POSTGRES_URL } from "./scratch.ts";

if (postgresUnavailable) {
  console.warn(`[dimple] Postgres tests skipped: no server at ${TEST_POSTGRES_URL} (${postgresUnavailable})`);
}

/**
 * Declares the same suite once per dialect. The Postgres copy is skipped, with the reason printed
 * once, where no server answers.
 */
export function describeEachDialect(title: string, suite: (dialect: Dialect) => void): void {
  describe(`${title} [sqlite]`, () => suite("sqlite"));
  describe.skipIf(postgresUnavailable !== undefined)(`${title} [postgres]`, () => suite("postgres"));
}
