import "server-only";
import { discrepancyFingerprint, locatedFingerprint } from "@/lib/analysis/fingerprint";
import { canonical } from "@/lib/analysis/normalize";
import { writeTransaction } from "@/lib/db";
import { parsePublished } from "@/lib/published-at";
import type { StoredFlagSpan } from "../annotations/flag-discrepancy";
import { InvalidRequestError, NotFoundError } from "../annotations/errors";
import { assertCan, type Actor } from "../permissions";
import { requestAnalysis } from "./request-analysis";
import type { UpdateSource } from "./types";

/**
 * Correct a source's outlet name, published date (and time) and web address (editors and admins,
 * or the journalist who made the comparison). A new outlet name is carried into everything that
 * names the outlet: editors' flags (and their decisions), "not the same claim" rulings, and, by a
 * re-analysis, the discrepancies (whose decisions follow them: relink-annotations.ts). A date or
 * address alone needs no re-analysis. Returns whether the comparison is being analysed again.
 */
export async function updateSource(actor: Actor | null, input: UpdateSource): Promise<{ reanalysed: boolean }> {
  const { comparisonId, sourceId, outlet } = input;
  const renamed = await writeTransaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: sourceId }, select: { comparisonId: true, outlet: true, comparison: { select: { createdById: true } } } });
    if (!source || source.comparisonId !== comparisonId) throw new NotFoundError("The source");
    assertCan(actor, "comparison:edit-sources", source.comparison);
    const before = source.outlet;
    const renamed = before !== outlet;
    if (renamed && canonical(before) !== canonical(outlet)) {
      const others = await tx.source.findMany({ where: { comparisonId, id: { not: sourceId } }, select: { outlet: true } });
      if (others.some((s) => canonical(s.outlet) === canonical(outlet))) throw new InvalidRequestError(`Another source in this comparison is already called “${outlet}”.`);
    }
    await tx.source.update({ where: { id: sourceId }, data: { outlet, url: input.url || null, publishedAt: parsePublished(input.publishedAt) ?? null } });
    if (!renamed) return false;
    const flags = await tx.manualFlag.findMany({ where: { comparisonId } });
    for (const flag of flags) {
      const spans = JSON.parse(flag.spans) as StoredFlagSpan[];
      if (!spans.some((s) => s.outlet === before)) continue;
      const next = spans.map((s) => (s.outlet === before ? { ...s, outlet } : s));
      const fingerprint = discrepancyFingerprint(flag.type, next.map((s) => ({ label: s.outlet, text: s.text })));
      await tx.manualFlag.update({ where: { id: flag.id }, data: { spans: JSON.stringify(next), fingerprint } });
      await tx.annotation.updateMany({ where: { comparisonId, fingerprint: flag.fingerprint }, data: { fingerprint } });
    }
    // The engine's discrepancies name the outlet in their fingerprint: re-key them, and their decisions,
    // as the re-analysis will (the stored analysis names the sources in their order).
    const analysis = await tx.analysis.findUnique({ where: { comparisonId }, select: { result: true } });
    const sources = analysis ? (JSON.parse(analysis.result) as { sources: Array<{ label: string; sentences?: Array<{ text: string }> }> }).sources : [];
    // The names the stored fingerprints carry: the sources' names now (an earlier rename re-keyed
    // them already, whatever the stored analysis still says), this one's before this rename.
    const current = await tx.source.findMany({ where: { comparisonId }, orderBy: { position: "asc" }, select: { id: true, outlet: true } });
    const labels = current.map((s) => (s.id === sourceId ? before : s.outlet));
    const renamedLabels = current.map((s) => s.outlet);
    const rows = analysis ? await tx.discrepancy.findMany({ where: { comparisonId }, select: { id: true, type: true, fingerprint: true, spans: true } }) : [];
    for (const row of rows) {
      const spans = JSON.parse(row.spans) as Array<{ source: number; sentence?: number; text: string }>;
      if (!spans.some((s) => labels[s.source] === before)) continue;
      const fingerprintFor = (names: string[]) => discrepancyFingerprint(row.type, spans.map((s) => ({ label: names[s.source] ?? String(s.source), text: s.text })));
      // A discrepancy whose words another one also has is told apart by its sentences (`locatedFingerprint`).
      const sentences = spans.map((s) => sources[s.source]?.sentences?.[s.sentence ?? -1]?.text ?? "");
      const located = row.fingerprint !== fingerprintFor(labels) && row.fingerprint === locatedFingerprint(fingerprintFor(labels), sentences);
      const fingerprint = located ? locatedFingerprint(fingerprintFor(renamedLabels), sentences) : fingerprintFor(renamedLabels);
      if (fingerprint === row.fingerprint) continue;
      await tx.discrepancy.update({ where: { id: row.id }, data: { fingerprint } });
      await tx.annotation.updateMany({ where: { comparisonId, fingerprint: row.fingerprint }, data: { fingerprint } });
    }
    const vetoes = await tx.alignmentVeto.findMany({ where: { comparisonId } });
    for (const veto of vetoes) {
      const pair = JSON.parse(veto.pair) as Array<{ outlet: string; text: string }>;
      if (!pair.some((p) => p.outlet === before)) continue;
      await tx.alignmentVeto.update({ where: { id: veto.id }, data: { pair: JSON.stringify(pair.map((p) => (p.outlet === before ? { ...p, outlet } : p))) } });
    }
    return true;
  });
  if (renamed) await requestAnalysis(comparisonId);
  return { reanalysed: renamed };
}
