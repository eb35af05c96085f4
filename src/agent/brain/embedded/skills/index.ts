import type { Intent } from "../../nlu/intents.ts";
import { buyTickets } from "./buy-tickets.ts";
import { cancelOrder } from "./cancel-order.ts";
import type { Skill } from "./context.ts";
import { orderStatus } from "./order-status.ts";
import { payment } from "./payment.ts";
import { rideHail } from "./ride-hail.ts";
import { route } from "./route.ts";
import { searchEvents } from "./search-events.ts";
import { searchPlace } from "./search-place.ts";
import { shopMenu } from "./shop-menu.ts";
import { walletBalance } from "./wallet-balance.ts";
import { weather } from "./weather.ts";

/**
 * Skills for the intents beyond ordering and chit-chat (places, routes, weather, events, tickets,
 * rides, orders, payments, balance).
 */
export const SKILLS: Partial<Record<Intent, Skill>> = {
  weather,
  route,
  // "方老大面馆有什么面": one named shop's dishes; any other look-up is a search of places.
  search_place: async (context) => (await shopMenu(context)) ?? searchPlace(context),
  search_events: searchEvents,
  buy_tickets: buyTickets,
  ride_hail: rideHail,
  order_status: orderStatus,
  cancel_order: cancelOrder,
  payment,
  wallet_balance: walletBalance,
};
