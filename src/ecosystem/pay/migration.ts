import type { Kysely, Migration } from "kysely";

export const migration: Migration = {
  async up(_db: Kysely<any>) {},
};
