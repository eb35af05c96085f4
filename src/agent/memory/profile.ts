import { pinyin } from "pinyin-pro";
import { demoContacts, findUser, savedAddresses, storeTimeZone } from "../../ecosystem/world/users.ts";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { canonicalTimeZone, WORLD_TIME_ZONE } from "../../kernel/time-zone.ts";

export interface SavedAddress {
  id: string;
  label: string;
  address: string;
  /** The address in English; empty when it has none (readers fall back to the Chinese one). */
  address_en?: string;
  lng: number;
  lat: number;
}

/** Someone the user can send money to. */
export interface Contact {
  userId: string;
  displayName: string;
  /** The name as an English reply writes it ("Li Hua" for 李华); the display name when absent. */
  displayNameEn?: string;
  username: string;
}

/** What Dimple knows about a user: who they are, where home and office are, who they pay. */
export interface UserProfile {
  userId: string;
  username: string;
  displayName: string;
  displayNameEn?: string;
  lang: "zh" | "en";
  /** The IANA zone the user's times are read and shown in (Asia/Shanghai unless they set another). */
  timeZone: string;
  role: string;
  addresses: SavedAddress[];
  contacts: Contact[];
}

/** Loads a user's profile from the platform account tables. */
export async function loadProfile(context: ServiceContext, userId: string): Promise<UserProfile> {
  const user = await findUser(context, userId);
  if (!user)
    throw new DimpleError("not_found", `user ${userId} was not found`, { field: "user", status: 404 });
  const addresses = await savedAddresses(context, userId);
  // The sandbox's address book: every other demo user. A real deployment reads the user's own contacts.
  const contacts = await demoContacts(context, userId);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    displayNameEn: englishName(user.display_name),
    lang: user.lang === "en" ? "en" : "zh",
    timeZone: user.time_zone ?? WORLD_TIME_ZONE,
    role: user.role,
    addresses,
    contacts: contacts.map((row) => ({
      userId: row.id,
      displayName: row.display_name,
      displayNameEn: englishName(row.display_name),
      username: row.username,
    })),
  };
}

/**
 * Sets the zone the user's times are read and shown in: an IANA name ("Europe/London"), stored as
 * Intl spells it; anything else is refused with `invalid_time_zone` on `timeZone`. Returns the name
 * stored. Reminders and recurring orders made before keep the zone they were made in.
 */
export async function setTimeZone(context: ServiceContext, userId: string, name: unknown): Promise<string> {
  const zone = typeof name === "string" ? canonicalTimeZone(name) : undefined;
  if (!zone)
    throw new DimpleError(
      "invalid_time_zone",
      `"${String(name).slice(0, 64)}" is not an IANA time zone (for example Asia/Shanghai or Europe/London)`,
      { field: "timeZone", status: 400 },
    );
  if (!(await storeTimeZone(context, userId, zone === WORLD_TIME_ZONE ? null : zone)))
    throw new DimpleError("not_found", `user ${userId} was not found`, { field: "user", status: 404 });
  return zone;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A person's name as English writes it: a Chinese name in pinyin, family name first ("李华" → "Li
 * Hua"), any other name as it is.
 */
export function englishName(name: string): string {
  if (!/\p{Script=Han}/u.test(name)) return name;
  const syllables = pinyin(name, { toneType: "none", type: "array", surname: "head", nonZh: "consecutive" });
  const [family, ...given] = syllables.map((syllable) => syllable.trim()).filter(Boolean);
  return [capitalised(family ?? ""), capitalised(given.join(""))].filter(Boolean).join(" ");
}
