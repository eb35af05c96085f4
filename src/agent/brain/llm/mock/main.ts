/**
 * Runs the mock model server from the command line:
 *   node --import tsx src/agent/brain/llm/mock/main.ts [--port 18999] [--mode policy|pong]
 * `policy` answers with the rule-based policy (the scenario suite runs through it); `pong` always
 * says "pong" (the benchmark's instant model). Prints the base URL, then serves until stopped.
 */
import { parseArgs } from "node:util";
import { rulePolicy } from "./policy.ts";
import { startMockModel } from "./server.ts";
import { pong } from "./steps.ts";

const { values } = parseArgs({
  options: { port: { type: "string" }, host: { type: "string" }, mode: { type: "string" } },
});
const mode = values.mode ?? "policy";
if (mode !== "policy" && mode !== "pong") {
  process.stderr.write(`--mode must be policy or pong, got "${mode}"\n`);
  process.exit(2);
}
const server = await startMockModel({
  respond: mode === "pong" ? pong : rulePolicy,
  port: Number(values.port ?? 18999),
  ...(values.host ? { host: values.host } : {}),
}).catch((error: Error) => {
  process.stderr.write(`cannot start the mock model: ${error.message}\n`);
  process.exit(1);
});
process.stdout.write(`mock model (${mode}) on ${server.baseUrl}\n`);
const stop = () => {
  server.close().then(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
