import type { ItemOptions } from "../../nlu/slots/types.ts";

/** An item's option group as commerce describes it. */
export interface OptionGroupView {
  key: string;
  choices: { id: string }[];
}

/**
 * Maps what the user said (canonical options from the NLU) onto one item's option groups. Only
 * choices the item really offers are sent; the service prices them and rejects anything else.
 */
export function mapOptions(wanted: ItemOptions, groups: readonly OptionGroupView[]): Record<string, string> {
  const chosen: Record<string, string> = {};
  const offer = (key: string, id: string | undefined) => {
    const group = groups.find((candidate) => candidate.key === key);
    if (id && group?.choices.some((choice) => choice.id === id)) {
      chosen[key] = id;
      return true;
    }
    return false;
  };
  offer("size", wanted.size);
  offer("milk", wanted.milk);
  offer("combo", wanted.combo);
  offer("sugar", wanted.sugar === "extra" ? "standard" : wanted.sugar);
  offer("spice", wanted.spice === "extra_hot" ? "hot" : wanted.spice);
  if (wanted.ice) offer("ice", wanted.ice === "normal" || wanted.ice === "extra" ? "regular" : wanted.ice);
  if (wanted.temperature === "hot") offer("ice", "hot") || offer("temperature", "hot");
  if (wanted.temperature === "iced") offer("temperature", "iced") || (!chosen.ice && offer("ice", "regular"));
  if (wanted.temperature === "room") offer("temperature", "room");
  return chosen;
}
