import type { GazetteerMatch } from "../gazetteer.ts";
import type { AfterSaleKind } from "./after-sale-acts.ts";
import type { DietSlot } from "./diet.ts";
import type { LaterActSlot } from "./later-acts.ts";
import type { MoneyProblem } from "./money.ts";
import type { OrderLinesSlot } from "./order-lines.ts";

/** Drink and food options, as canonical values whatever the language they were said in. */
export interface ItemOptions {
  size?: "small" | "medium" | "large" | "extra_large";
  sugar?: "none" | "less" | "half" | "standard" | "extra";
  ice?: "none" | "less" | "normal" | "extra";
  temperature?: "hot" | "iced" | "chilled" | "room";
  spice?: "none" | "mild" | "medium" | "hot" | "extra_hot";
  milk?: "whole" | "oat" | "skim";
  /** A burger alone or as a meal with fries and a drink. */
  combo?: "single" | "meal";
}

/** A date or time mentioned in the utterance, resolved against the reference time (Asia/Shanghai). */
export interface DateTimeSlot {
  text: string;
  startMs: number;
  endMs?: number;
  /** False when only a day was said ("周六"): the hour is chrono's default, not the user's. */
  timeKnown: boolean;
  /**
   * A time Dimple cannot act on, to be asked about, never replaced: `past` (already gone: "昨天下午",
   * "this morning at 8" said at 9) or `impossible` (no such date: "2月30号"; `startMs` is then now).
   */
  problem?: "past" | "impossible";
  /** "8点前" / "by 6pm": a deadline; "8点以后" / "after 8pm": the earliest time. */
  bound?: "by" | "after";
}

/** Everything `extractSlots` can find; absent keys were not said. Money is integer fen. */
export interface Slots {
  quantity?: number;
  /** The party an order is for, said with no count per person ("三个人的饺子", "pizza for 4"). */
  party?: number;
  /** More of the same on top of what is on the card ("再加一杯", "2 more"). */
  quantityDelta?: number;
  unit?: string;
  budgetMaxFen?: number;
  /** A cap on each item's price ("每杯不超过20", "under 30 each"), in fen. */
  perItemMaxFen?: number;
  amountFen?: number;
  datetime?: DateTimeSlot;
  withinMinutes?: number;
  options?: ItemOptions;
  addressLabel?: "home" | "office";
  /** Someone else's place as the destination ("到我妈家", "to my mom's"): no saved address. */
  otherPlace?: string;
  origin?: string;
  destination?: string;
  seatsTogether?: boolean;
  recipient?: string;
  /** 1-based position in the last list shown; -1 means the last one. */
  ordinal?: number;
  reference?: "that_one" | "last_time";
  correction?: boolean;
  /** The words naming the product of an order, for catalogue search ("玫瑰花", "bottles of water" → "water"). */
  product?: string;
  confirm?: boolean;
  /** Asks to pay or check out ("付款吧", "pay for it"); only the card's button ever pays. */
  payNow?: boolean;
  /** Wants the same for less, or sooner ("换便宜点的", "anything faster?"). */
  cheaper?: boolean;
  faster?: boolean;
  /** The same again from a different shop ("换一家", "try another shop"). */
  anotherShop?: boolean;
  cancel?: boolean;
  /** A complaint or refund request about something already delivered ("奶茶洒了", "missing item"). */
  afterSale?: boolean;
  /** An act about time: a reminder, a recurring order, moving a booking (see later-acts.ts). */
  later?: LaterActSlot;
  /** What went wrong, when the turn says ("洒了" spilled, "绕路" detour, "改期了要退票" a ticket refund). */
  afterSaleKind?: AfterSaleKind;
  entities?: GazetteerMatch[];
  /** A sum that cannot be paid as written ("-500", "1e10 yuan"): questioned, never reread. */
  moneyProblem?: MoneyProblem;
  /** The order's lines, each with its own count and options, and what the user ruled out. */
  order?: OrderLinesSlot;
  /** Dietary wishes: ingredients to leave out, allergies, vegetarian / halal, no spice. */
  diet?: DietSlot;
}
