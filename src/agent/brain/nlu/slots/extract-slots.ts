import type { Gazetteer, GazetteerMatch } from "../gazetteer.ts";
import type { Language } from "../intents.ts";
import { normalizeText } from "../normalize.ts";
import { afterSaleKind } from "./after-sale-acts.ts";
import {
  asksToPay,
  cancelsOnlyWhatItExcludes,
  extractOrdinal,
  extractReference,
  isAfterSale,
  isCancel,
  isConfirm,
  isCorrection,
  wantsAnotherShop,
  wantsCheaper,
  wantsFaster,
  wantsSeatsTogether,
} from "./dialogue-acts.ts";
import { extractDiet } from "./diet.ts";
import { saysCountEach } from "./each-person.ts";
import { trustedMatches } from "./entities.ts";
import { extractLaterAct } from "./later-acts.ts";
import { extractMoney, moneyProblem } from "./money.ts";
import { packCountsAsOne, tagCountedChoices, withoutOptionWords } from "./option-words.ts";
import { extractItemOptions } from "./options.ts";
import { extractOrderLines } from "./order-lines.ts";
import { partySaid } from "./party.ts";
import { extractRecipient } from "./people.ts";
import { extractAddressLabel, extractOtherPlace, extractTrip } from "./places.ts";
import { extractProduct } from "./product.ts";
import { extractQuantity, extractQuantityDelta } from "./quantity.ts";
import { blankShopNumbers, shopProduct } from "./shop-product.ts";
import { owedSum, spokenAmounts } from "./spoken-amount.ts";
import { extractDateTime, extractWithinMinutes } from "./time.ts";
import type { Slots } from "./types.ts";

/** Options of slot extraction. `now` anchors relative dates ("明天晚上7点"); it defaults to the epoch. */
export interface ExtractSlotsOptions {
  now?: number;
  /** The IANA zone relative dates are read in; Asia/Shanghai when absent. */
  timeZone?: string;
}

/**
 * Every slot the rules can find in one utterance, in either language. Each extractor is
 * independent: the brain decides which slots matter for the intent it acts on.
 */
export function extractSlots(
  text: string,
  lang: Language,
  gazetteer?: Gazetteer,
  options: ExtractSlotsOptions = {},
): Slots {
  const prepared = normalizeText(text, { keepCase: true });
  const slots: Slots = {};
  const badMoney = moneyProblem(prepared);
  const entities = gazetteer ? withoutOptionWords(prepared, trustedMatches(gazetteer.match(prepared))) : [];
  Object.assign(
    slots,
    // A number in a show's or shop's name is no count ("Ne Zha 2, 4 tickets" wants four; "7-Eleven").
    extractQuantity(
      blank(
        prepared,
        entities.filter((match) => match.entity.kind === "event" || match.entity.kind === "merchant"),
      ),
    ),
    badMoney ? { moneyProblem: badMoney } : extractMoney(prepared, lang),
    extractTrip(prepared),
  );
  const datetime = dateOutsideTitles(prepared, lang, entities, options);
  if (datetime) slots.datetime = datetime;
  // "to the airport this Friday night at 9": the place ends where the time begins.
  if (datetime && slots.destination) slots.destination = withoutTime(slots.destination, datetime.text);
  const more = extractQuantityDelta(prepared);
  if (more !== undefined && more > 0) slots.quantityDelta = more;
  const within = extractWithinMinutes(prepared);
  // "两小时后送到", "in 2 hours": a time to act, not a deadline.
  const delay =
    datetime &&
    /(?:钟|时)\s*(?:以|之)?后|\bin\s|from now/iu.test(datetime.text) &&
    datetime.startMs > (options.now ?? 0);
  if (within !== undefined && !delay) slots.withinMinutes = within;
  const itemOptions = extractItemOptions(prepared);
  if (itemOptions) slots.options = itemOptions;
  const label = extractAddressLabel(prepared);
  if (label) slots.addressLabel = label;
  const otherPlace = label ? undefined : extractOtherPlace(prepared);
  if (otherPlace) slots.otherPlace = otherPlace;
  if (wantsSeatsTogether(prepared)) slots.seatsTogether = true;
  const recipient = extractRecipient(spokenAmounts(prepared));
  if (recipient) slots.recipient = recipient;
  // "I owe li hua 64, send it over": a sum owed, said before the verb that sends it.
  if (
    !badMoney &&
    slots.amountFen === undefined &&
    slots.budgetMaxFen === undefined &&
    !sellsSomething(entities)
  ) {
    const owed = owedSum(prepared);
    if (owed !== undefined) slots.amountFen = owed;
  }
  const ordinal = extractOrdinal(prepared);
  if (ordinal !== undefined) slots.ordinal = ordinal;
  const reference = extractReference(prepared);
  if (reference) slots.reference = reference;
  if (isCorrection(prepared)) slots.correction = true;
  if (isCancel(prepared)) slots.cancel = true;
  if (isAfterSale(prepared)) {
    slots.afterSale = true;
    const kind = afterSaleKind(prepared);
    if (kind) slots.afterSaleKind = kind;
  }
  const later = extractLaterAct(prepared);
  if (later) slots.later = later;
  if (isConfirm(prepared)) slots.confirm = true;
  if (wantsAnotherShop(prepared)) slots.anotherShop = true;
  if (asksToPay(prepared)) slots.payNow = true;
  if (wantsCheaper(prepared)) slots.cheaper = true;
  if (wantsFaster(prepared)) slots.faster = true;
  const diet = extractDiet(prepared);
  if (diet) slots.diet = diet;
  // A party is no count of things ("三个人的饺子" is no 3 of "人的饺子"): read apart, blanked for the rest.
  // Said per person ("我们7个人 每人一杯…"), the counts are per-person.ts's and the party is left in.
  const party = partySaid(prepared);
  if (party) slots.party = party.people;
  const thingsText = party && !saysCountEach(prepared) ? blank(prepared, [party]) : prepared;
  const product = shopProduct(thingsText, entities) ?? extractProduct(thingsText);
  if (product) slots.product = product;
  if (gazetteer) {
    if (entities.length > 0) slots.entities = entities;
    // A time is no count ("at 9 a.m. tomorrow" is not nine of anything): blanked, positions kept.
    const timeSaid = datetime?.text ? prepared.indexOf(datetime.text) : -1;
    // Nor is a party (blanked above).
    const orderText = blank(thingsText, [
      ...(timeSaid < 0 ? [] : [{ start: timeSaid, end: timeSaid + (datetime?.text.length ?? 0) }]),
    ]);
    const order = packCountsAsOne(
      extractOrderLines(tagCountedChoices(blankShopNumbers(orderText, entities)), entities),
    );
    if (order.lines.length + order.exclusions.length + order.problems.length > 0) slots.order = order;
    // "订汉堡两份，麦当劳就算了": the 算了 rules the shop out of the order; nothing is called off.
    if (slots.cancel && order.lines.length && order.exclusions.length && cancelsOnlyWhatItExcludes(prepared))
      delete slots.cancel;
  }
  return slots;
}

/** The text with the named things' spans blanked (same length, so positions still hold). */
/**
 * The date and time said, never read out of a show's own name: "Weekend Stand-up Comedy Night
 * tomorrow" is tomorrow, not the weekend. Only a reading inside a show named in full is read again
 * with the names blanked ("周末有什么演出" still asks about the weekend).
 */
function dateOutsideTitles(
  prepared: string,
  lang: Language,
  entities: readonly GazetteerMatch[],
  options: ExtractSlotsOptions,
) {
  const first = extractDateTime(prepared, lang, options.now ?? 0, options.timeZone);
  if (!first) return undefined;
  const titles = entities.filter(
    (match) => match.entity.kind === "event" && match.method === "exact" && match.end - match.start >= 6,
  );
  const at = prepared.indexOf(first.text.trim());
  const inside = titles.some((title) => at >= title.start && at < title.end);
  if (at < 0 || !inside) return first;
  return extractDateTime(blank(prepared, titles), lang, options.now ?? 0, options.timeZone);
}

function blank(text: string, matches: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of matches) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

/** Whether the turn names something on a menu or a shop (its numbers count that, not money). */
function sellsSomething(entities: readonly { entity: { kind: string } }[]): boolean {
  return entities.some((match) => ["item", "category", "merchant", "event"].includes(match.entity.kind));
}

/** A place read with the start of the time said after it ("the airport this Friday night"), cut there. */
function withoutTime(place: string, time: string): string {
  for (let length = time.length; length >= 3; length--) {
    const start = time.slice(0, length);
    if (place.endsWith(start) && place.length > length) return place.slice(0, -length).trim();
  }
  return place;
}
