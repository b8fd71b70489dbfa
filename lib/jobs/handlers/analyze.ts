import { analysisSteps, LIMITS } from "@/lib/analysis";
import type { JobInput, JobOutput } from "../definitions";

/** Run the engine step by step, reporting the fraction done. */
export function analyze(input: JobInput<"analyze">, progress: (fraction: number) => void): JobOutput<"analyze"> {
  const started = performance.now();
  const steps = analysisSteps(input.sources, { separate: input.separate, join: input.join });
  let step = steps.next();
  let reported = 0;
  while (!step.done) {
    if (step.value - reported >= 0.02) {
      reported = step.value;
      progress(step.value);
    }
    step = steps.next();
  }
  const result = step.value;
  return {
    json: JSON.stringify(result),
    engine: result.engine,
    durationMs: Math.round(performance.now() - started),
    discrepancies: result.discrepancies,
    sources: result.sources.map((s) => ({ title: s.title, byline: s.byline, dateline: s.dateline })),
  };
}

/**
 * The limits that need the text read: every source is cleaned and split (the engine's first steps,
 * 40% of its progress), which throws for a source with no sentences left or too many. The total
 * across sources is checked on the next step; it is taken only when the per-source limit does not
 * already bound the total (with 2 sources, 2 x 1,500 cannot pass 3,000), because that step also
 * aligns a first pair of sources.
 */
export function precheckAnalysis(input: JobInput<"precheck-analysis">): JobOutput<"precheck-analysis"> {
  const started = performance.now();
  const steps = analysisSteps(input.sources);
  let step = steps.next();
  while (!step.done && step.value < 0.4 - 1e-9) step = steps.next();
  if (!step.done && input.sources.length * LIMITS.maxSentencesPerSource > LIMITS.maxTotalSentences) steps.next();
  return { durationMs: Math.round(performance.now() - started) };
}
