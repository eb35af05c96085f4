import type { SeededRandom } from "../../../kernel/random.ts";
import type { DeliveryAsk, FollowUpAsk, ListingAsk, RideAsk, TicketsAsk } from "./asks.ts";

/** Words one language's users say for each ask; every call may word the same ask differently. */
export interface Phrasebook {
  delivery(ask: DeliveryAsk, random: SeededRandom): string;
  followUp(ask: FollowUpAsk, random: SeededRandom): string;
  tickets(ask: TicketsAsk, random: SeededRandom): string;
  listing(ask: ListingAsk, random: SeededRandom): string;
  ride(ask: RideAsk, random: SeededRandom): string;
}
