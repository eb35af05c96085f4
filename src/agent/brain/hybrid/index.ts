export { fallbackNote, HybridBrain } from "./brain.ts";
export { CONFIDENT_AT, type Route, routeTurn } from "./route.ts";
