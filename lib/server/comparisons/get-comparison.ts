import "server-only";
import type { AnalysisResult, Discrepancy, Severity, DiscrepancyType } from "@/lib/analysis";
import { canonical } from "@/lib/analysis/normalize";
import { db } from "@/lib/db";
import { formatPublished } from "@/lib/published-at";
import type { StoredFlagSpan } from "../annotations/flag-discrepancy";
import { getAnnotations } from "../annotations/get-annotations";
import { findVetoActivity } from "../annotations/veto-activity";
import type { AnnotationView } from "../annotations/types";
import type { EditorSummaryView } from "@/lib/view/decisions";
import { assertCan, can, type Actor } from "../permissions";
import { ZOverrides, type Overrides } from "./types";

/** A discrepancy as the comparison page shows it: engine-found or flagged by an editor, with its annotation. */
export interface DiscrepancyView extends Discrepancy {
  manual: boolean;
  annotation: AnnotationView | null;
}

/**
 * One entry of a comparison's activity: a decision event on a discrepancy (status, assign: from and
 * to are names, note, flag), or a "not the same claim" or "same claim" ruling (veto, veto-undone,
 * join, join-undone; `ruling` set while it can be undone).
 */
export interface ActivityItem {
  id: string;
  at: string;
  actor: string | null;
  kind: string;
  from: string | null;
  to: string | null;
  note: string | null;
  quote: string;
  ruling?: string | null;
  /** A ruling a later one on the same sentences overrode. */
  overridden?: boolean;
}

export interface ComparisonView {
  id: string;
  title: string;
  createdById: string | null;
  /** When it was archived (hidden from the default list), or null. */
  archivedAt: string | null;
  analysisStatus: string;
  analysisProgress: number;
  analysisError: string | null;
  engineVersion: string | null;
  sources: Array<{
    id: string;
    outlet: string;
    url: string | null;
    publishedAt: string | null;
    byline: string | null;
    headline: string | null;
    dateline: string | null;
    inputKind: string;
    capturedAt: string;
    overrides: Overrides;
  }>;
  result: AnalysisResult | null;
  discrepancies: DiscrepancyView[];
  /** Annotations whose discrepancy the current analysis no longer finds: kept, shown with their original quote. */
  orphans: AnnotationView[];
  /** The latest decisions and notes, newest first, and how many there are in all. */
  activity: ActivityItem[];
  activityTotal: number;
  editorSummary: EditorSummaryView | null;
  permissions: { signOff: boolean; setStatus: boolean; assign: boolean; comment: boolean; flag: boolean; veto: boolean; editSources: boolean; reanalyse: boolean; manage: boolean };
}

/** Place a stored manual flag in the current analysis (by outlet and wording). */
function locateFlag(result: AnalysisResult, spans: StoredFlagSpan[]): Discrepancy["spans"] {
  return spans.flatMap((s) => {
    const source = result.sources.findIndex((x) => x.label === s.outlet);
    const sentence = result.sources[source]?.sentences.find((x) => canonical(x.text) === canonical(s.sentenceText) || x.text.includes(s.text));
    const start = sentence?.text.indexOf(s.text) ?? -1;
    return sentence && start >= 0 ? [{ source, sentence: sentence.index, text: s.text, start, end: start + s.text.length }] : [];
  });
}

/** Parsed analyses by comparison, reused while the stored analysis is the same (the JSON is read whole on every page view). */
const parsed = new Map<string, { key: string; result: AnalysisResult }>();
const PARSED_MAX = 64;

/** The stored analysis, parsed; the JSON is read from the database only when this process has not parsed it yet. */
async function parsedResult(comparisonId: string, key: string, analysisId: string): Promise<AnalysisResult | null> {
  const hit = parsed.get(comparisonId);
  if (hit?.key === key) return hit.result;
  const row = await db.analysis.findUnique({ where: { id: analysisId }, select: { result: true } });
  if (!row) return null;
  const result = JSON.parse(row.result) as AnalysisResult;
  parsed.delete(comparisonId);
  parsed.set(comparisonId, { key, result });
  if (parsed.size > PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
  return result;
}

/** The latest decisions and notes shown on the page; each discrepancy's panel has its whole history. */
const ACTIVITY_SHOWN = 25;

/** One comparison with its latest analysis, manual flags, annotations and activity, or null. */
export async function getComparison(actor: Actor | null, id: string): Promise<ComparisonView | null> {
  assertCan(actor, "comparison:read");
  const c = await db.comparison.findUnique({
    where: { id },
    include: { sources: { orderBy: { position: "asc" } }, analysis: { select: { id: true, createdAt: true, durationMs: true } }, flags: { orderBy: { createdAt: "asc" } } },
  });
  if (!c) return null;
  const result = c.analysis ? await parsedResult(c.id, `${c.analysis.id}:${c.analysis.createdAt.getTime()}:${c.analysis.durationMs}`, c.analysis.id) : null;
  const annotations = await getAnnotations(id);
  const engine: DiscrepancyView[] = (result?.discrepancies ?? []).map((d) => ({ ...d, manual: false, annotation: annotations.get(d.fingerprint) ?? null }));
  const manual: DiscrepancyView[] = result
    ? c.flags.map((f, k) => ({
        id: 100_000 + k,
        type: f.type as DiscrepancyType,
        severity: f.severity as Severity,
        claimGroup: null,
        scope: "claim" as const,
        spans: locateFlag(result, JSON.parse(f.spans) as StoredFlagSpan[]),
        explanation: f.explanation,
        fingerprint: f.fingerprint,
        manual: true,
        annotation: annotations.get(f.fingerprint) ?? null,
      }))
    : [];
  const discrepancies = [...engine, ...manual.filter((m) => !engine.some((e) => e.fingerprint === m.fingerprint))];
  const present = new Set(discrepancies.map((d) => d.fingerprint));
  const orphans = [...annotations.values()].filter((a) => !present.has(a.fingerprint));
  // Newest first; entries of one millisecond keep their order, newest first too (the sort is stable).
  const rulings: ActivityItem[] = (await findVetoActivity(id)).map((v) => ({ ...v, from: null, to: null, note: null }));
  const history: ActivityItem[] = [...annotations.values()]
    .flatMap((a): ActivityItem[] => a.events.map((e) => ({ ...e, quote: a.quote })))
    .concat(rulings)
    .reverse()
    .sort((x, y) => y.at.localeCompare(x.at));
  const activity = history.slice(0, ACTIVITY_SHOWN);
  const ref = { createdById: c.createdById };
  return {
    id: c.id,
    title: c.title,
    createdById: c.createdById,
    archivedAt: c.archivedAt ? c.archivedAt.toISOString() : null,
    analysisStatus: c.analysisStatus,
    analysisProgress: c.analysisProgress,
    analysisError: c.analysisError,
    engineVersion: c.engineVersion,
    sources: c.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      url: s.url,
      publishedAt: s.publishedAt ? formatPublished(s.publishedAt) : null,
      byline: s.byline,
      headline: s.headline,
      dateline: s.dateline,
      inputKind: s.inputKind,
      capturedAt: s.capturedAt.toISOString(),
      overrides: ZOverrides.parse(JSON.parse(s.overrides || "{}")),
    })),
    result,
    discrepancies,
    orphans,
    activity,
    activityTotal: history.length,
    editorSummary: c.editorSummary && c.editorSummaryAt ? { text: c.editorSummary, signedOffBy: c.editorSummaryBy, signedOffAt: c.editorSummaryAt.toISOString() } : null,
    permissions: {
      signOff: can(actor, "comparison:sign-off"),
      setStatus: can(actor, "discrepancy:set-status"),
      assign: can(actor, "discrepancy:assign"),
      comment: can(actor, "discrepancy:comment"),
      flag: can(actor, "discrepancy:flag"),
      veto: can(actor, "claim-group:veto"),
      editSources: can(actor, "comparison:edit-sources", ref),
      reanalyse: can(actor, "comparison:reanalyse", ref),
      manage: can(actor, "comparison:manage", ref),
    },
  };
}
