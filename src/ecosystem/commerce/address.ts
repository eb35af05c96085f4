import type { Kysely } from "kysely";
import type { ServiceContext } from "../../kernel/context.ts";
import { notFound } from "../../kernel/errors.ts";
import { compiledQuery } from "../../store/compiled-query.ts";
import type { Database } from "../../store/schema.ts";
import type { StoredAddress } from "./rows.ts";

// Read for every candidate a turn quotes: compiled once (`compiledQuery`).
const savedAddress = compiledQuery((db: Kysely<Database>, addressId: string, userId: string) =>
  db.selectFrom("user_addresses").selectAll().where("id", "=", addressId).where("user_id", "=", userId),
);

/** Where to deliver: a given point, or one of the user's saved addresses (another user's is not found). */
export async function resolveAddress(
  context: ServiceContext,
  userId: string,
  input: { address?: { lng: number; lat: number; text: string } | undefined; addressId?: string | undefined },
): Promise<StoredAddress> {
  if (input.address) return { text: input.address.text, lng: input.address.lng, lat: input.address.lat };
  const addressId = input.addressId ?? "";
  const saved = (await savedAddress(context.db, addressId, userId)).rows[0];
  if (!saved) throw notFound("address", addressId, "addressId");
  return {
    text: saved.address,
    ...(saved.address_en ? { textEn: saved.address_en } : {}),
    lng: saved.lng,
    lat: saved.lat,
    addressId: saved.id,
  };
}
