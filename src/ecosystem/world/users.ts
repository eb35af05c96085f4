import type { Kysely } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";

/** The language of a user's account (`users.lang`): English when they chose it, otherwise Chinese. */
export async function accountLang(context: ServiceContext, userId: string): Promise<"zh" | "en"> {
  const user = await context.db
    .selectFrom("users")
    .select("lang")
    .where("id", "=", userId)
    .executeTakeFirst();
  return user?.lang === "en" ? "en" : "zh";
}

/** A user's account row, if there is one. */
export async function findUser(context: ServiceContext, userId: string) {
  return (await userById(context.db, userId)).rows[0];
}

const userById = compiledQuery((db: Kysely<Database>, userId: string) =>
  db.selectFrom("users").selectAll().where("id", "=", userId),
);

/** The account a username logs in to, with its password hash, if there is one. */
export async function accountByUsername(context: ServiceContext, username: string) {
  return context.db
    .selectFrom("users")
    .select(["id", "password_hash"])
    .where("username", "=", username)
    .executeTakeFirst();
}

/** Replaces an account's password hash (a stronger hash of the same password after a login). */
export async function storePasswordHash(context: ServiceContext, userId: string, passwordHash: string) {
  await context.db
    .updateTable("users")
    .set({ password_hash: passwordHash })
    .where("id", "=", userId)
    .execute();
}

/** A user's saved addresses, by label. */
export async function savedAddresses(context: ServiceContext, userId: string) {
  return (await addressesOf(context.db, userId)).rows;
}

const addressesOf = compiledQuery((db: Kysely<Database>, userId: string) =>
  db
    .selectFrom("user_addresses")
    .select(["id", "label", "address", "address_en", "lng", "lat"])
    .where("user_id", "=", userId)
    .orderBy("label"),
);

/** Where a user's saved addresses are (their usual places). */
export async function savedAddressPoints(context: ServiceContext, userId: string) {
  return context.db
    .selectFrom("user_addresses")
    .select(["lng", "lat"])
    .where("user_id", "=", userId)
    .execute();
}

/** Where one saved address is, if it exists. */
export async function savedAddressPoint(context: ServiceContext, addressId: string) {
  return context.db
    .selectFrom("user_addresses")
    .select(["lng", "lat"])
    .where("id", "=", addressId)
    .executeTakeFirst();
}

/** The sandbox's address book: every demo user but `userId`, by id. */
export async function demoContacts(context: ServiceContext, userId: string) {
  return (await contactsOf(context.db, userId)).rows;
}

const contactsOf = compiledQuery((db: Kysely<Database>, userId: string) =>
  db
    .selectFrom("users")
    .select(["id", "display_name", "username"])
    .where("demo", "=", 1)
    .where("role", "=", "user")
    .where("id", "!=", userId)
    .orderBy("id"),
);

/** Stores a user's time zone (`null`: the world's own); whether the user exists. */
export async function storeTimeZone(context: ServiceContext, userId: string, zone: string | null) {
  const updated = await context.db
    .updateTable("users")
    .set({ time_zone: zone })
    .where("id", "=", userId)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
