// Owned by the rides service; filled in as the service is built.
export type RidesTables = {};
