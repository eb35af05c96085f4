import type { ReplyEvent } from "../api/types.ts";
import type { PickedOption } from "./use-chat.ts";

type ShownOption = NonNullable<ReplyEvent["options"]>[number];

/**
 * What the app sends when the user taps an option under a reply: the option itself (its id and
 * label), which the brain resolves against the list it was shown in, and its label as the words
 * the conversation shows. No "第1个" in the words: a position would point into whichever list is
 * newest, and a tap on an older reply's list must not.
 */
export function optionTap(option: ShownOption): { text: string; option: PickedOption } {
  return { text: option.label, option: { id: option.id, label: option.label } };
}
