import type { Kysely, Migration } from "kysely";

/** The user's time zone (IANA name); null means Asia/Shanghai, the world's own. */
export const userTimeZoneMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("users").addColumn("time_zone", "text").execute();
  },
};
