import type { DietSlot } from "../nlu/slots/diet.ts";
import type { ExclusionSlot, NumberProblemSlot } from "../nlu/slots/order-lines.ts";
import type { ItemOptions } from "../nlu/slots/types.ts";

/** One thing the user wants delivered, as understood so far. */
export interface WantedItem {
  /** What to search for: a menu item's name or the user's words. */
  query: string;
  qty: number;
  options: ItemOptions;
  /** The user's words about this item, matched against option names only a shop uses ("礼盒装", "1kg"). */
  said?: string;
  /** Option ids to keep where the item offers them (from a past order: oat milk, a meal combo). */
  choices?: Record<string, string>;
  /**
   * Catalogue searches, most specific first (a keyword, a category, or both; `broad` for a kind of
   * thing, whose every hit answers equally well); default: the query.
   */
  searches?: { keyword?: string; category?: string; broad?: boolean }[];
  /**
   * For a kind of thing ("炸鸡", "a bunch of flowers"): the item categories that answer it, best
   * first. Only items of these categories are offered.
   */
  kinds?: string[];
  /**
   * The user's own name for the thing when a catalogue name is only part of it ("黄焖鸡米饭" holds
   * "米饭"): only an item with this name is the thing; anything else stands in for it.
   */
  wanted?: string;
  /** What the thing must hold, when it was named only by that ("带芋圆的", "something with pearls"). */
  ingredient?: string;
  /** The item categories its container said it is ("a cup with pearls" is a drink), best first. */
  within?: string[];
  /** The shop said for this item when the order names several ("瑞幸的拿铁，肯德基的汉堡"). */
  shop?: { zh: string; en: string };
  /** The count said in pieces of a thing sold in packs ("12 roses"), once the count is of packs. */
  pieces?: number;
  /** The party it is for, said with no count ("三个人的饺子"): `each` when it comes once per person. */
  party?: { people: number; each: boolean };
  /** Set once the planner has chosen a concrete item. */
  skuId?: string;
  merchantId?: string;
  /** The card's names of the chosen item and its catalogue category (an edit names lines by them). */
  card?: { zh: string; en: string; category?: string };
}

/** A delivery order being planned; kept across turns for corrections and slot filling. */
export interface OrderDraft {
  items: WantedItem[];
  addressLabel?: "home" | "office";
  /** Someone else's place named as the destination ("到我妈家"), for which no address is saved. */
  otherPlace?: string;
  budgetMaxFen?: number;
  /** A cap on each item's price (the budget was said per item). */
  perItemMaxFen?: number;
  withinMinutes?: number;
  merchantQuery?: string;
  /** The shop of the card being edited ("再加一个卤蛋"): kept when it can take the changed order. */
  stayMerchantId?: string;
  /** Shops not to use again ("换一家", after a rejection). */
  excludeMerchantIds?: string[];
  /** The brand asked for ("麦当劳的巨无霸"), both names. */
  brand?: { zh: string; en: string };
  /** Brands, kinds and items the user ruled out ("不要星巴克", "anything but coffee"). */
  exclusions?: ExclusionSlot[];
  /** When the user wants it, if not now ("明天中午"). */
  /** `opens`: the time said is the shop's opening ("十点开门就送"): delivered as soon after as it can be. */
  when?: { atMs: number; text: string; opens?: boolean };
  /** Counts that are no usable quantity ("-3杯"): questioned before anything is planned. */
  problems?: NumberProblemSlot[];
  /** Dietary wishes ("不要香菜", "no peanuts", vegetarian, halal): applied where a menu can, said where not. */
  diet?: DietSlot;
}

/** An option list shown to the user, so "the second one" / "第二个" can be resolved next turn. */
export interface ShownOptions {
  kind: string;
  entries: { id: string; label: string; payload: Record<string, unknown> }[];
}

/** The embedded brain's memory of the conversation (persisted as JSON between turns). */
export type DialogueState = {
  lastIntent?: string;
  /** A question asked last turn, awaiting an answer (slot filling). */
  awaiting?: {
    intent: string;
    slot: string;
    /** For a pick-up time asked ("明天几点上车？"): the day said, so a bare "8点" is on it. */
    dayMs?: number;
  };
  order?: OrderDraft;
  shown?: ShownOptions;
  /** Total and ETA of the last card the planner made ("cheaper?", "faster?" compare to it). */
  lastQuote?: { totalFen: number; etaMinutes: number };
  /** The task the last card belongs to (corrections replace it). */
  lastTaskId?: string;
  /** Free-form per-skill memory (tickets, rides, payment drafts). */
  skill?: Record<string, unknown>;
};

/** Reads the opaque session state as our dialogue state, tolerating anything malformed. */
export function readState(raw: Record<string, unknown>): DialogueState {
  return typeof raw === "object" && raw !== null ? (raw as DialogueState) : {};
}
