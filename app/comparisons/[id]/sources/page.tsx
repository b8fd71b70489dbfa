import Link from "next/link";
import { notFound } from "next/navigation";
import { AnalysisStatus } from "@/components/diff/analysis-status";
import { SourcePanel } from "@/components/diff/source-panel";
import { AddSourceForm, SourceDetailsForm } from "@/components/manage/source-forms";
import { LIMITS } from "@/lib/analysis/limits";
import { getComparison } from "@/lib/server/comparisons/get-comparison";
import { requireActor } from "@/lib/server/session";

export const dynamic = "force-dynamic";

/** Per source: the sentences Parallax compared and the lines it left out, each with a button to change that. */
export default async function SourcesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/comparisons/${id}/sources`);
  const comparison = await getComparison(actor, id);
  if (!comparison) notFound();
  return (
    <>
      <p><Link href={`/comparisons/${id}`}>← {comparison.title}</Link></p>
      <h1>Sources</h1>
      <AnalysisStatus status={comparison.analysisStatus} progress={comparison.analysisProgress} error={comparison.analysisError} />
      {comparison.permissions.editSources ? (
        <section aria-labelledby="outlets-heading">
          <h2 id="outlets-heading">Outlets</h2>
          <p className="muted">Correct an outlet&apos;s name, date or web address; add or remove a source. Decisions are kept through the re-analysis.</p>
          <div className="outlet-forms">
            {comparison.sources.map((s) => (
              <SourceDetailsForm key={s.id} comparisonId={comparison.id} source={{ id: s.id, outlet: s.outlet, url: s.url, publishedAt: s.publishedAt }} canRemove={comparison.sources.length > LIMITS.minSources} />
            ))}
          </div>
          {comparison.sources.length < LIMITS.maxSources ? <AddSourceForm comparisonId={comparison.id} /> : <p className="muted">This comparison has the most sources one can hold ({LIMITS.maxSources}).</p>}
        </section>
      ) : null}
      <h2>Compared text and discarded lines</h2>
      <p className="muted">Restore a line Parallax left out, or leave out one more; the comparison is analysed again.</p>
      {comparison.result?.sources.map((s, i) => {
        // Matched by outlet: while a source added or removed is being analysed, the stored analysis lags behind.
        const stored = comparison.sources.find((x) => x.outlet === s.label) ?? (comparison.result?.sources.length === comparison.sources.length ? comparison.sources[i] : undefined);
        return stored ? <SourcePanel key={stored.id} comparisonId={comparison.id} sourceId={stored.id} source={s} restored={stored.overrides.restore} canEdit={comparison.permissions.editSources} /> : null;
      })}
    </>
  );
}
