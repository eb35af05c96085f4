import type { ColumnType } from "kysely";

/** A text column added later: read as text or null, left out of inserts that predate it. */
type Nullable = ColumnType<string | null, string | null | undefined, string | null>;

/** Platform accounts (a person's account with the ecosystem) and their saved addresses. */
export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  lang: string;
  phone: string;
  role: string;
  demo: number;
  created_at: number;
  /** IANA time zone of the user's times (reminders, bookings, recurring orders); null: Asia/Shanghai. */
  time_zone: Nullable;
}

export interface UserAddressesTable {
  id: string;
  user_id: string;
  label: string;
  poi_id: string | null;
  address: string;
  /** The address in English; "" for rows saved before English forms existed. */
  address_en: ColumnType<string, string | undefined, string>;
  lng: number;
  lat: number;
  contact_name: string;
  contact_phone: string;
}

/** Key/value facts about the world itself: its seed, its simulated time, its version. */
export interface WorldMetaTable {
  key: string;
  value: string;
}

export interface WorldTables {
  users: UsersTable;
  user_addresses: UserAddressesTable;
  world_meta: WorldMetaTable;
}
