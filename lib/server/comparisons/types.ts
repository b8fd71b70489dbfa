import { z } from "zod";
import { LIMITS } from "@/lib/analysis/limits";
import { ZWebAddress } from "@/lib/web-address";

/** What a new comparison is made of, as the create form and the sample loader give it. */
export const ZSourceDraft = z.object({
  outlet: z.string().trim().min(1, "Give the outlet's name.").max(120),
  url: z.union([z.literal(""), ZWebAddress]).optional(),
  publishedAt: z.union([z.literal(""), z.iso.date("Use a date like 2022-02-25.")]).optional(),
  inputKind: z.enum(["paste", "upload", "url"]),
  rawInput: z.string().min(1),
  text: z.string().trim().min(1, "This source has no text: paste the article or choose a file."),
  title: z.string().nullable().optional(),
  byline: z.string().nullable().optional(),
});
export type SourceDraft = z.infer<typeof ZSourceDraft>;

export const ZCreateComparison = z.object({
  title: z.string().trim().min(1, "Give the comparison a title.").max(300),
  sources: z
    .array(ZSourceDraft)
    .min(LIMITS.minSources, `Add at least ${LIMITS.minSources} sources.`)
    .max(LIMITS.maxSources, `At most ${LIMITS.maxSources} sources.`),
});
export type CreateComparison = z.infer<typeof ZCreateComparison>;

/** A journalist's overrides of the cleaner, stored on the source: lines to keep and lines to leave out. */
export const ZOverrides = z.object({
  restore: z.array(z.string()).default([]),
  discard: z.array(z.string()).default([]),
});
export type Overrides = z.infer<typeof ZOverrides>;

/** A stored alignment veto: two sentences by outlet and wording. */
const ZVetoSide = z.object({ outlet: z.string(), text: z.string() }).transform((s) => ({ label: s.outlet, text: s.text }));
export const ZVetoPair = z.tuple([ZVetoSide, ZVetoSide]);

/** One change to a source's overrides, as the comparison page sends it. */
export const ZSetSourceLine = z.object({
  sourceId: z.string().min(1),
  text: z.string().trim().min(1).max(20_000),
  action: z.enum(["restore", "discard", "undo"]),
});
export type SetSourceLine = z.infer<typeof ZSetSourceLine>;
