export { type AnalyticsReport, computeAnalytics } from "./analytics/report.ts";
export { type FeedbackInput, FlywheelRecorder } from "./capture/recorder.ts";
export { type Corpus, loadCorpus } from "./corpus.ts";
export {
  type ExportFormat,
  type ExportProgress,
  type ExportResult,
  exportDataset,
} from "./export/run-export.ts";
export {
  type DatasetCard,
  datasetCardSchema,
  dpoRowSchema,
  evalRowSchema,
  sftRowSchema,
} from "./export/schemas.ts";
export { type AcceptedExample, acceptedExamples } from "./learn/examples.ts";
export {
  type RetrainOptions,
  type RetrainReport,
  retrainFromFlywheel,
  rollbackModel,
} from "./learn/retrain.ts";
export { type Consent, DEFAULT_CONSENT, getConsent, setConsent } from "./privacy/consent.ts";
export { deleteUserData, purgeExpired } from "./privacy/deletion.ts";
export { Redactor, redactText } from "./redact/redactor.ts";
export { type SimulationOptions, type SimulationStats, simulateTraffic } from "./simulate/simulator.ts";
