import { z } from "zod";
import { DISCREPANCY_TYPES, SEVERITIES } from "@/lib/analysis/types";

import { STATUSES } from "@/lib/view/decisions";

export { STATUSES, STATUS_LABELS, latestEvents, type Status, type AnnotationView } from "@/lib/view/decisions";

const fingerprint = z.string().regex(/^[0-9a-f]{16}$/, "Unknown discrepancy.");
/** The version the client last saw; 0 when the discrepancy had no annotation yet. */
const expectedVersion = z.number().int().min(0);

export const ZAnnotationChange = z.discriminatedUnion("op", [
  z.object({ op: z.literal("status"), fingerprint, status: z.enum(STATUSES), expectedVersion }),
  z.object({ op: z.literal("assign"), fingerprint, assigneeId: z.string().min(1).nullable(), expectedVersion }),
  z.object({ op: z.literal("note"), fingerprint, note: z.string().trim().min(1, "Write a note.").max(5_000) }),
]);
export type AnnotationChange = z.infer<typeof ZAnnotationChange>;

export const ZFlagDiscrepancy = z.object({
  type: z.enum(DISCREPANCY_TYPES),
  severity: z.enum(SEVERITIES),
  note: z.string().trim().min(1, "Say what is wrong.").max(5_000),
  spans: z
    .array(z.object({ source: z.number().int().min(0), sentence: z.number().int().min(0), text: z.string().trim().min(1).max(2_000) }))
    .min(1, "Select the words in at least one source."),
});
export type FlagDiscrepancy = z.infer<typeof ZFlagDiscrepancy>;

/** A sentence by place in the analysis the editor sees, with its words: a re-analysis since may have moved it. */
const sentenceRef = z.object({ source: z.number().int().min(0), sentence: z.number().int().min(0), text: z.string().min(1).max(20_000) });

/**
 * "Not the same claim" on a claim group (by its place in the analysis shown): all its sentences
 * apart, or with `source` only that outlet's sentences out of the row. `row` names the group's
 * sentences as the page shows them, so a page older than the last re-analysis rules on nothing else.
 */
export const ZVetoClaimGroup = z.object({
  claimGroup: z.number().int().min(0),
  note: z.string().trim().max(2_000).optional(),
  row: z.array(sentenceRef).min(1).max(50).optional(),
  source: z.number().int().min(0).optional(),
});
export type VetoClaimGroup = z.infer<typeof ZVetoClaimGroup>;
/**
 * An editor's "same claim": a row's sentences (by place in the analysis shown) and a sentence of an
 * outlet the row lacks that carries the claim too.
 */
export const ZJoinSentences = z.object({ row: z.array(sentenceRef).min(1).max(50), sentence: sentenceRef });
export type JoinSentences = z.infer<typeof ZJoinSentences>;

export const ZUndoVeto = z.object({ ruling: z.string().min(1).max(100) });
export type UndoVeto = z.infer<typeof ZUndoVeto>;
