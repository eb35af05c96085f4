export { generateCases } from "./generator.ts";
export { compare, judge } from "./judge.ts";
export { type MeasureOptions, measureFaithfulness } from "./measure.ts";
export type { FaithReport, Judged, KindStats, SliceReport } from "./report.ts";
export type {
  CardFrame,
  ConstraintKind,
  FaithCase,
  ObservedCard,
  Outcome,
  Transcript,
  Verdict,
} from "./types.ts";
