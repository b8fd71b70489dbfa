import { z } from "zod";
import { DISCREPANCY_TYPES, SEVERITIES } from "@/lib/analysis/types";
import type { ComparisonInput } from "@/lib/view/comparison";
import { STATUSES, type AnnotationView } from "@/lib/view/decisions";

/** The JSON export's shape. Bump `schema` when a field changes meaning or goes away. */
export const EXPORT_SCHEMA = "parallax-export/1";

const ZSpan = z.object({ source: z.number().int(), sentence: z.number().int(), text: z.string(), start: z.number().int(), end: z.number().int() });
const ZEvent = z.object({ kind: z.string(), from: z.string().nullable(), to: z.string().nullable(), note: z.string().nullable(), actor: z.string().nullable(), at: z.iso.datetime() });
const ZAnnotation = z.object({ status: z.enum(STATUSES), assignee: z.string().nullable(), version: z.number().int(), type: z.string(), quote: z.string(), events: z.array(ZEvent) });

export const ZComparisonExport = z.object({
  schema: z.literal(EXPORT_SCHEMA),
  exportedAt: z.iso.datetime(),
  comparison: z.object({ id: z.string(), title: z.string(), engine: z.string().nullable(), analysisStatus: z.string() }),
  sources: z.array(
    z.object({
      outlet: z.string(),
      url: z.string().nullable(),
      byline: z.string().nullable(),
      dateline: z.string().nullable(),
      headline: z.string().nullable(),
      publishedAt: z.string().nullable(),
      capturedAt: z.iso.datetime(),
      sentences: z.array(z.object({ index: z.number().int(), text: z.string(), start: z.number().int(), end: z.number().int(), paragraph: z.number().int() })),
      discarded: z.array(z.object({ text: z.string(), reason: z.string(), line: z.number().int() })),
    }),
  ),
  claimGroups: z
    .array(z.object({ id: z.number().int(), similarity: z.number(), members: z.array(z.object({ source: z.number().int(), sentences: z.array(z.number().int()) })) }))
    .describe("Aligned sentences across sources, by sentence index. A sentence may appear in more than one claim group (a sentence that carries two claims)."),
  discrepancies: z.array(
    z.object({
      fingerprint: z.string(),
      type: z.enum(DISCREPANCY_TYPES),
      severity: z.enum(SEVERITIES),
      claimGroup: z.number().int().nullable(),
      scope: z.enum(["claim", "entity", "omission"]),
      manual: z.boolean(),
      spans: z.array(ZSpan),
      explanation: z.string(),
      annotation: ZAnnotation.nullable(),
    }),
  ),
  noLongerDetected: z.array(ZAnnotation.extend({ fingerprint: z.string() })),
  /** The editor's summary and who signed it off, when; null when nobody has. */
  editorSummary: z.object({ text: z.string(), signedOffBy: z.string().nullable(), signedOffAt: z.iso.datetime() }).nullable(),
});
export type ComparisonExport = z.infer<typeof ZComparisonExport>;

export function toExport(c: ComparisonInput, now = new Date()): ComparisonExport {
  const annotation = (a: AnnotationView | null) =>
    a ? { status: a.status, assignee: a.assignee?.name ?? null, version: a.version, type: a.type, quote: a.quote, events: a.events.map((e) => ({ kind: e.kind, from: e.from, to: e.to, note: e.note, actor: e.actor, at: e.at })) } : null;
  const result = c.result;
  return ZComparisonExport.parse({
    schema: EXPORT_SCHEMA,
    exportedAt: now.toISOString(),
    comparison: { id: c.id, title: c.title, engine: c.engineVersion, analysisStatus: c.analysisStatus },
    sources: c.sources.map((s, i) => ({
      outlet: s.outlet,
      url: s.url,
      byline: s.byline,
      dateline: s.dateline,
      headline: s.headline,
      publishedAt: s.publishedAt,
      capturedAt: s.capturedAt,
      sentences: result?.sources[i]?.sentences ?? [],
      discarded: result?.sources[i]?.discarded ?? [],
    })),
    claimGroups: (result?.claimGroups ?? []).map((g) => ({ id: g.id, similarity: g.similarity, members: g.members.map((m) => ({ source: m.source, sentences: m.sentences })) })),
    discrepancies: c.discrepancies.map((d) => ({
      fingerprint: d.fingerprint,
      type: d.type,
      severity: d.severity,
      claimGroup: d.claimGroup,
      scope: d.scope,
      manual: d.manual,
      spans: d.spans,
      explanation: d.explanation,
      annotation: annotation(d.annotation),
    })),
    editorSummary: c.editorSummary,
    noLongerDetected: c.orphans.map((o) => ({ fingerprint: o.fingerprint, ...(annotation(o) as NonNullable<ReturnType<typeof annotation>>) })),
  });
}
