/** The Parallax analysis engine: pure functions, no I/O beyond loading its shipped dictionaries. */
export { analyze, analysisSteps, checkLimits, type AnalyzeOptions, type JoinRuling, type RuledPair, type RuledSentence } from "./analyze";
export { analyzePair, type PairVerdict } from "./pair";
export { AnalysisLimitError, LIMITS } from "./limits";
export { ENGINE_VERSION } from "./version";
export * from "./types";
