// Owned by the tickets service; filled in as the service is built.
export type TicketsTables = {};
