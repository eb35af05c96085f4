import type { TaskKindHandler } from "../handler.ts";

/** Every kind of task the engine can run. */
export const taskHandlers: TaskKindHandler[] = [];
