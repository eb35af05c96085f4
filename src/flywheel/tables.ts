// Owned by the flywheel room; filled in as it is built.
export type FlywheelTables = {};
