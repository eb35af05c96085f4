export { rulePolicy } from "./policy.ts";
export { type MockModelServer, type RecordedRequest, startMockModel } from "./server.ts";
export { type ChatRequestBody, type MockResponder, type MockStep, pong, scripted } from "./steps.ts";
