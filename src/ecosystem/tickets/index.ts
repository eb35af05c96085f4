export { type BookingView, getBooking, listBookings } from "./booking-view.ts";
export { type BookRequest, bookHold } from "./bookings.ts";
export { cancelBooking } from "./cancel.ts";
export { HOLD_MINUTES, releaseExpiredHolds } from "./hold-expiry.ts";
export { getHold, type HoldRequest, type HoldView, holdSeats, MAX_SEATS_PER_HOLD } from "./holds.ts";
export { ticketsStepper } from "./lifecycle.ts";
export { FULL_REFUND_HOURS, REFUND_RULE_TEXT, refundDueFen, refundQuoteFen } from "./refund-rule.ts";
export { parseShanghaiTime } from "./schedule.ts";
export {
  type EventDetail,
  type EventSearch,
  type EventSummary,
  getEventDetail,
  searchEvents,
} from "./search.ts";
export {
  type AdjacentSeatsOption,
  findAdjacentSeats,
  getSeatAvailability,
  type SeatAvailability,
} from "./seats.ts";
export { EVENT_SPECS, seedTickets } from "./seed.ts";
export { ticketsTools } from "./tools.ts";
