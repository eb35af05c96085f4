/** The sandbox services, each with its own tables and tools. */
export type ServiceName = "commerce" | "maps" | "pay" | "tickets" | "rides";
