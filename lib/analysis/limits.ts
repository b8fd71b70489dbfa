/** Explicit limits: every input either fits or is refused with a message that says what to do. */
export const LIMITS = {
  minSources: 2,
  maxSources: 10,
  /** Characters per source after HTML extraction (about 30,000 words). */
  maxSourceChars: 200_000,
  /** Sentences per source after cleaning. */
  maxSentencesPerSource: 1_500,
  /** Sentences across all sources: alignment is quadratic in them, so this bounds the run time. */
  maxTotalSentences: 3_000,
  /** Words in one sentence before it is cut at clause boundaries. */
  maxSentenceWords: 120,
} as const;

export class AnalysisLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AnalysisLimitError";
  }
}
