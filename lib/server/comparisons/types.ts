import { z } from "zod";
import { LIMITS } from "@/lib/analysis/limits";
import { ZPublishedAt } from "@/lib/published-at";
import { ZWebAddress } from "@/lib/web-address";

/** What a new comparison is made of, as the create form and the sample loader give it. */
export const ZSourceDraft = z.object({
  outlet: z.string().trim().min(1, "Give the outlet's name.").max(120),
  url: z.union([z.literal(""), ZWebAddress]).optional(),
  publishedAt: ZPublishedAt.optional(),
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

const comparisonId = z.string().min(1);
const sourceId = z.string().min(1);

/** A new title for a comparison (its owner or an admin). */
export const ZRenameComparison = z.object({
  comparisonId,
  title: z.string().trim().min(1, "Give the comparison a title.").max(300, "At most 300 characters."),
});
export type RenameComparison = z.infer<typeof ZRenameComparison>;

/** One comparison named by id: archive, restore. */
export const ZComparisonRef = z.object({ comparisonId });

/** Deleting is permanent, so the request must say so (the page's confirmation step sends it). */
export const ZDeleteComparison = z.object({ comparisonId, confirm: z.literal("delete", "Confirm that the comparison is to be deleted for good.") });
export type DeleteComparison = z.infer<typeof ZDeleteComparison>;

/** What an editor may correct about a source after the fact: the outlet's name, the date (and time) and the web address. */
export const ZUpdateSource = z.object({
  comparisonId,
  sourceId,
  outlet: z.string().trim().min(1, "Give the outlet's name.").max(120, "At most 120 characters."),
  url: z.union([z.literal(""), ZWebAddress]).default(""),
  publishedAt: ZPublishedAt.default(""),
});
export type UpdateSource = z.infer<typeof ZUpdateSource>;

/** Taking one source out of a comparison (at least two stay). */
export const ZRemoveSource = z.object({ comparisonId, sourceId, confirm: z.literal("remove", "Confirm that the source is to be removed.") });
export type RemoveSource = z.infer<typeof ZRemoveSource>;
