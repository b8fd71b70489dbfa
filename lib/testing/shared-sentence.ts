import type { AnalysisResult } from "@/lib/analysis/types";

/**
 * A hand-written analysis (not the engine's output) where one sentence carries two claims:
 * Wire's lead gives the budget and the hiring, which Daily says in two sentences, so Wire's
 * sentence 0 sits in claim groups 0 and 1. Reading rows: 1 = group 0, 2 = group 1,
 * 3 = group 2, 4 = Wire's sentence 2 (only Wire). Discrepancies: 0 number (group 0),
 * 1 attribution (group 1), 2 date (group 2), 3 title (entity-level, no group, touches the
 * shared sentence), 4 omission (Wire's sentence 2).
 */
export const SHARED_SENTENCE_RESULT: AnalysisResult = {
  engine: "test-fixture",
  sources: [
    {
      label: "Wire",
      title: null,
      byline: null,
      dateline: null,
      text: "Mayor Ana Ruiz announced a $12 million schools budget that will hire 40 teachers.\n\nThe council approved the plan on Tuesday.\n\nTwo members voted against it.",
      sentences: [
        { index: 0, text: "Mayor Ana Ruiz announced a $12 million schools budget that will hire 40 teachers.", start: 0, end: 81, paragraph: 0 },
        { index: 1, text: "The council approved the plan on Tuesday.", start: 83, end: 124, paragraph: 1 },
        { index: 2, text: "Two members voted against it.", start: 126, end: 155, paragraph: 2 },
      ],
      discarded: [],
    },
    {
      label: "Daily",
      title: null,
      byline: null,
      dateline: null,
      text: "Acting Mayor Ana Ruiz announced a $15 million schools budget.\n\nCouncil officials said the money will pay for 40 new teachers.\n\nThe council approved the plan on Wednesday.",
      sentences: [
        { index: 0, text: "Acting Mayor Ana Ruiz announced a $15 million schools budget.", start: 0, end: 61, paragraph: 0 },
        { index: 1, text: "Council officials said the money will pay for 40 new teachers.", start: 63, end: 125, paragraph: 1 },
        { index: 2, text: "The council approved the plan on Wednesday.", start: 127, end: 170, paragraph: 2 },
      ],
      discarded: [],
    },
  ],
  claimGroups: [
    {
      id: 0,
      similarity: 0.71,
      members: [
        { source: 0, sentences: [0], changed: [[28, 30], [54, 80]] },
        { source: 1, sentences: [0], changed: [[0, 6], [35, 37]] },
      ],
    },
    {
      id: 1,
      similarity: 0.42,
      members: [
        { source: 0, sentences: [0], changed: [[0, 58], [64, 68]] },
        { source: 1, sentences: [1], changed: [[0, 32], [38, 45], [49, 52]] },
      ],
    },
    {
      id: 2,
      similarity: 0.83,
      members: [
        { source: 0, sentences: [1], changed: [[33, 40]] },
        { source: 1, sentences: [2], changed: [[33, 42]] },
      ],
    },
  ],
  discrepancies: [
    {
      id: 0,
      type: "number",
      severity: "high",
      claimGroup: 0,
      scope: "claim",
      spans: [
        { source: 0, sentence: 0, text: "$12 million", start: 27, end: 38 },
        { source: 1, sentence: 0, text: "$15 million", start: 34, end: 45 },
      ],
      explanation: "Wire says the budget is $12 million; Daily says $15 million.",
      fingerprint: "5e0a11ce00000000",
    },
    {
      id: 1,
      type: "attribution",
      severity: "medium",
      claimGroup: 1,
      scope: "claim",
      spans: [
        { source: 0, sentence: 0, text: "Mayor Ana Ruiz announced", start: 0, end: 24 },
        { source: 1, sentence: 1, text: "Council officials said", start: 0, end: 22 },
      ],
      explanation: "Wire has the mayor announce the hiring; Daily attributes it to council officials.",
      fingerprint: "5e0a11ce00000001",
    },
    {
      id: 2,
      type: "date",
      severity: "medium",
      claimGroup: 2,
      scope: "claim",
      spans: [
        { source: 0, sentence: 1, text: "Tuesday", start: 33, end: 40 },
        { source: 1, sentence: 2, text: "Wednesday", start: 33, end: 42 },
      ],
      explanation: "Wire dates the vote Tuesday; Daily, Wednesday.",
      fingerprint: "5e0a11ce00000002",
    },
    {
      id: 3,
      type: "title",
      severity: "low",
      claimGroup: null,
      scope: "entity",
      spans: [
        { source: 0, sentence: 0, text: "Mayor", start: 0, end: 5 },
        { source: 1, sentence: 0, text: "Acting Mayor", start: 0, end: 12 },
      ],
      explanation: "Wire calls Ana Ruiz “Mayor”; Daily calls her “Acting Mayor”.",
      fingerprint: "5e0a11ce00000003",
    },
    {
      id: 4,
      type: "omission",
      severity: "medium",
      claimGroup: null,
      scope: "omission",
      spans: [{ source: 0, sentence: 2, text: "Two members voted against it.", start: 0, end: 29 }],
      explanation: "Only Wire reports that two members voted against the plan.",
      fingerprint: "5e0a11ce00000004",
    },
  ],
};
