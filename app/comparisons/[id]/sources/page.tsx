import Link from "next/link";
import { notFound } from "next/navigation";
import { AnalysisStatus } from "@/components/diff/analysis-status";
import { SourcePanel } from "@/components/diff/source-panel";
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
      <h1>Sources: compared text and discarded lines</h1>
      <p className="muted">Restore a line Parallax left out, or leave out one more; the comparison is analysed again.</p>
      <AnalysisStatus status={comparison.analysisStatus} progress={comparison.analysisProgress} error={comparison.analysisError} />
      {comparison.result?.sources.map((s, i) => {
        const stored = comparison.sources[i];
        return stored ? <SourcePanel key={stored.id} comparisonId={comparison.id} sourceId={stored.id} source={s} restored={stored.overrides.restore} canEdit={comparison.permissions.editSources} /> : null;
      })}
    </>
  );
}
