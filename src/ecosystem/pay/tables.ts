// Owned by the pay service; filled in as the service is built.
export type PayTables = {};
