import type { ToolClient } from "../../../tools/client.ts";

/** A set of seats the planner could hold, with its total from the tickets service. */
export interface SeatChoice {
  seatIds: string[];
  totalFen: number;
  together: boolean;
  label: { zh: string; en: string };
  /** The tier the seats are in (its Chinese name, as the service's tiers name it). */
  tierZh?: string;
}

interface Tier {
  tierId: string;
  nameZh: string;
  nameEn: string;
  priceFen: number;
  available: number;
}
interface AvailabilityOutput {
  tiers: Tier[];
  seats: {
    seatId: string;
    section: string;
    row: number;
    seat: number;
    tierNameZh: string;
    tierNameEn: string;
    priceFen: number;
  }[];
}
interface AdjacentOutput {
  options: {
    seatIds: string[];
    sectionZh: string;
    sectionEn: string;
    row: number;
    seatNumbers: number[];
    tierNameZh: string;
    tierNameEn: string;
    totalFen: number;
  }[];
}

/** Choices offered: the preferred one and two alternatives. */
const CHOICES = 3;

/** What the planner asks for: the group, its cap per ticket, and the user's seat wishes. */
export interface SeatWant {
  sessionId: string;
  count: number;
  maxPriceFen?: number;
  together?: boolean;
  /** Only tiers with these Chinese names (a seat area the user asked for). */
  tierNames?: readonly string[];
  prefer?: "cheapest" | "best";
}

/** The tiers a session sells, with what is left in each (for areas, and for "the cheapest there is"). */
export async function sessionTiers(tools: ToolClient, sessionId: string): Promise<Tier[] | undefined> {
  const availability = await tools.call<AvailabilityOutput>("tickets_seat_availability", {
    sessionId,
    limit: 1,
  });
  return availability.ok ? availability.data.tiers : undefined;
}

/**
 * The tiers an area the user said names ("内场" → 内场, "看台" → 看台一层 and 看台二层, "floor" →
 * Floor, "VIP" → every VIP tier): a tier whose name is the area exactly wins over ones that contain it.
 */
export function tiersForArea(area: string, tiers: readonly Pick<Tier, "nameZh" | "nameEn">[]): string[] {
  const zh = area.replace(/[座票席区]$/u, "");
  const en = area
    .toLowerCase()
    .replace(/[- ]?\b(?:rows?|seats?|section)\b/gu, "")
    .replace(/stands\b/u, "stand")
    .replace(/(?<=[a-z])-(?=[a-z])/gu, " ")
    .trim();
  const exact = tiers.filter(
    (tier) => tier.nameZh === area || tier.nameZh === zh || tier.nameEn.toLowerCase() === en,
  );
  if (exact.length > 0) return exact.map((tier) => tier.nameZh);
  return tiers
    .filter(
      (tier) =>
        (zh.length >= 2 && /\p{Script=Han}/u.test(zh) && tier.nameZh.includes(zh)) ||
        (en.length >= 3 && new RegExp(`\\b${en}\\b`, "iu").test(tier.nameEn)),
    )
    .map((tier) => tier.nameZh);
}

export type { Tier as SeatTier };

/**
 * Seat choices for a group, one per price tier, the preferred first: with a budget, the best tier
 * that fits it; "best seats", the dearest tier; otherwise the best value (the cheapest tier), better
 * tiers as alternatives. Only the tiers of an area the user asked for, when they asked for one.
 * Groups sit side by side; separate seats only when the user did not insist on sitting together.
 */
export async function chooseSeats(tools: ToolClient, want: SeatWant): Promise<SeatChoice[]> {
  const availability = await tools.call<AvailabilityOutput>("tickets_seat_availability", {
    sessionId: want.sessionId,
    limit: 200,
  });
  if (!availability.ok) return [];
  const fitting = availability.data.tiers.filter(
    (tier) =>
      tier.available >= want.count &&
      (want.maxPriceFen === undefined || tier.priceFen <= want.maxPriceFen) &&
      (want.tierNames === undefined || want.tierNames.includes(tier.nameZh)),
  );
  const dearestFirst =
    want.prefer === "best" || (want.maxPriceFen !== undefined && want.prefer !== "cheapest");
  const tiers = fitting.sort((a, b) => (dearestFirst ? b.priceFen - a.priceFen : a.priceFen - b.priceFen));
  const choices: SeatChoice[] = [];
  for (const tier of tiers) {
    if (choices.length >= CHOICES) break;
    const choice =
      want.count > 1 && want.together !== false
        ? ((await adjacentIn(tools, want, tier)) ??
          (want.together === true ? undefined : separateIn(availability.data, want.count, tier)))
        : separateIn(availability.data, want.count, tier);
    if (choice) choices.push(choice);
  }
  return choices;
}

/** The service's best block side by side in this tier: capped at the tier's price, best tier first. */
async function adjacentIn(
  tools: ToolClient,
  want: { sessionId: string; count: number },
  tier: Tier,
): Promise<SeatChoice | undefined> {
  const result = await tools.call<AdjacentOutput>("tickets_find_adjacent_seats", {
    sessionId: want.sessionId,
    count: want.count,
    maxPriceFen: tier.priceFen,
  });
  const option = (result.ok ? result.data.options : []).find(
    (candidate) => candidate.tierNameZh === tier.nameZh,
  );
  if (!option) return undefined;
  return {
    seatIds: option.seatIds,
    totalFen: option.totalFen,
    together: true,
    tierZh: option.tierNameZh,
    label: {
      zh: `${option.tierNameZh} ${option.sectionZh} ${option.row}排 ${option.seatNumbers.join("、")}号`,
      en: `${option.tierNameEn}, ${option.sectionEn} row ${option.row}, seats ${option.seatNumbers.join(", ")}`,
    },
  };
}

/** The best free seats of a tier, not necessarily together. */
function separateIn(availability: AvailabilityOutput, count: number, tier: Tier): SeatChoice | undefined {
  const picked = availability.seats.filter((seat) => seat.tierNameZh === tier.nameZh).slice(0, count);
  if (picked.length < count) return undefined;
  return {
    seatIds: picked.map((seat) => seat.seatId),
    totalFen: picked.reduce((sum, seat) => sum + seat.priceFen, 0),
    together: count === 1,
    tierZh: tier.nameZh,
    label: {
      zh: `${tier.nameZh} ${picked.map((seat) => `${seat.section}区${seat.row}排${seat.seat}号`).join("、")}`,
      en: `${tier.nameEn}, ${picked.map((seat) => `${seat.section} row ${seat.row} seat ${seat.seat}`).join("; ")}`,
    },
  };
}
