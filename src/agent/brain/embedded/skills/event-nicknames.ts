/**
 * What people call a performer or a show that its titles do not spell: fans' short names and
 * nicknames, keyed by a part of the event's Chinese title. Only names these acts really go by.
 */
const NICKNAMES: readonly (readonly [string, readonly string[]])[] = [
  ["万能青年旅店", ["万青", "万能青年"]],
  ["周杰伦", ["周董", "杰伦"]],
  ["陈奕迅", ["E神"]],
  ["薛之谦", ["老薛"]],
  ["哪吒之魔童闹海", ["哪吒2", "魔童闹海"]],
  ["德云社", ["郭德纲"]],
];

/** The nicknames of an event, from its Chinese title. */
export function eventNicknames(nameZh: string): string[] {
  return NICKNAMES.filter(([part]) => nameZh.includes(part)).flatMap(([, names]) => names);
}
