import { dbOption, defineCommand, jsonOption } from "../help.ts";

/** `dimple analytics`: its options and help (the command is analytics.ts). */
export const analyticsSpec = defineCommand({
  name: "analytics",
  about:
    "The operator's figures from the flywheel store: DAU/WAU/MAU, retention, funnel, GMV, turns per task, latency, success by intent and language, failure reasons.",
  options: { db: dbOption, json: jsonOption },
});
