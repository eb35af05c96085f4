// Owned by the agent room; filled in as it is built.
export type AgentTables = {};
