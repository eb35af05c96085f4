import { pinyin } from "pinyin-pro";
import type { Contact, UserProfile } from "../../../memory/profile.ts";

export type { Contact };

/**
 * The user's contacts, from the profile (loaded by the memory layer). Pay has no directory lookup,
 * and guessing account ids from names would be dishonest, so a name nobody in the contacts carries
 * is simply not found.
 */
export function contactsOf(profile: UserProfile): Contact[] {
  return profile.contacts;
}

const plain = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s'’.]/gu, "");
const toPinyin = (text: string) =>
  pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .replace(/[^a-z]/gu, "");

/**
 * The contacts a spoken name may mean: an exact display name or username, a first name ("Bob" for
 * "Bob Miller"), or the same pinyin ("lihua" for 李华). More than one means the user must choose.
 */
export function matchContacts(contacts: Contact[], spoken: string): Contact[] {
  const said = plain(spoken);
  if (said.length === 0) return [];
  const exact = contacts.filter(
    (contact) =>
      plain(contact.displayName) === said || (contact.username && plain(contact.username) === said),
  );
  if (exact.length > 0) return exact;
  const firstName = contacts.filter((contact) => plain(contact.displayName.split(/\s+/u)[0] ?? "") === said);
  if (firstName.length > 0) return firstName;
  const saidPinyin = toPinyin(spoken.toLowerCase());
  return saidPinyin.length >= 3
    ? contacts.filter((contact) => toPinyin(contact.displayName.toLowerCase()) === saidPinyin)
    : [];
}
