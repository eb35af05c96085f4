// Owned by the commerce service; filled in as the service is built.
export type CommerceTables = {};
