import Link from "next/link";
import { notFound } from "next/navigation";
import { AnalysisStatus } from "@/components/diff/analysis-status";
import { CoverageMap } from "@/components/diff/coverage-map";
import { DiscrepancyTable, type DiscrepancyRow } from "@/components/diff/discrepancy-table";
import { readingRows, rowOf } from "@/lib/view/rows";
import { SideBySide } from "@/components/diff/side-by-side";
import { FlagForm } from "@/components/annotations/flag-form";
import { ExportDialog } from "@/components/report/export-dialog";
import { ActivityList } from "@/components/annotations/activity-list";
import { latestEvents, STATUS_LABELS } from "@/lib/server/annotations/types";
import { getComparison } from "@/lib/server/comparisons/get-comparison";
import { findAssignees } from "@/lib/server/users/find-users";
import { requireActor } from "@/lib/server/session";
import { isWebAddress } from "@/lib/web-address";
import { ReanalyseButton } from "@/components/diff/comparison-actions";

export const dynamic = "force-dynamic";

const DEFAULT_COLUMNS = 3;
/** History entries per discrepancy sent with the page; the decision panel loads older ones when opened. */
const PANEL_EVENTS = 5;

/** Which source columns to show: `?show=0,2,3`, else the first three. */
function visibleColumns(show: string | string[] | undefined, count: number): number[] {
  const raw = Array.isArray(show) ? show : show ? show.split(",") : [];
  const picked = [...new Set(raw.map(Number).filter((i) => Number.isInteger(i) && i >= 0 && i < count))].sort((a, b) => a - b);
  return picked.length > 0 ? picked : Array.from({ length: Math.min(count, DEFAULT_COLUMNS) }, (_, i) => i);
}

export default async function ComparisonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ only?: string; show?: string | string[] }> }) {
  const { id } = await params;
  const { only, show } = await searchParams;
  const actor = await requireActor(`/comparisons/${id}`);
  const comparison = await getComparison(actor, id);
  if (!comparison) notFound();
  const assignees = comparison.permissions.assign ? await findAssignees() : [];
  const result = comparison.result;
  const onlyFlagged = only === "flagged";
  const visible = visibleColumns(show, comparison.sources.length);
  const showParam = visible.join(",");
  const rows = result ? readingRows(result) : [];
  const discrepancyRows: DiscrepancyRow[] = comparison.discrepancies.map((d) => ({
    fingerprint: d.fingerprint,
    manual: d.manual,
    annotation: d.annotation ? latestEvents(d.annotation, PANEL_EVENTS) : null,
    type: d.type,
    severity: d.severity,
    words: d.type === "omission" ? `only ${d.spans.map((s) => result?.sources[s.source]?.label).join(", ")}` : d.spans.map((s) => `${result?.sources[s.source]?.label}: “${s.text}”`).join(" · "),
    explanation: d.explanation,
    rowKey: rowOf(rows, d)?.key ?? null,
  }));
  const counts = { high: 0, medium: 0, low: 0 };
  const byType = new Map<string, number>();
  for (const d of comparison.discrepancies) {
    counts[d.severity] += 1;
    byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  }
  return (
    <>
      <p><Link href="/">← Comparisons</Link></p>
      <h1>{comparison.title}</h1>
      <div className="sources-meta">
        {comparison.sources.map((s) => (
          <div key={s.id}>
            <strong>{s.outlet}</strong>
            {isWebAddress(s.url) ? <> · <a href={s.url} rel="noopener noreferrer nofollow">link</a></> : s.url ? <span className="muted"> · {s.url}</span> : null}
            {s.publishedAt ? <div className="muted">Published {s.publishedAt}</div> : null}
            {s.byline ? <div className="muted">By {s.byline}</div> : null}
            {s.headline ? <div><em>{s.headline}</em></div> : null}
          </div>
        ))}
      </div>
      <div className="toolbar">
        <AnalysisStatus status={comparison.analysisStatus} progress={comparison.analysisProgress} error={comparison.analysisError} />
        {comparison.permissions.reanalyse ? (
          <ReanalyseButton comparisonId={comparison.id} label={comparison.analysisStatus === "failed" ? "Retry the analysis" : "Re-analyse"} />
        ) : null}
      </div>
      {result ? (
        <>
          <p>
            <span className="badge sev-high">{counts.high} high</span>
            <span className="badge sev-medium">{counts.medium} medium</span>
            <span className="badge sev-low">{counts.low} low</span>
            <span className="muted"> · {result.claimGroups.length} claim groups · engine {result.engine}</span>
          </p>
          <p aria-label="Discrepancies by type">
            {[...byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, n]) => (
              <span key={type} className="type-count">{n} {type}</span>
            ))}
          </p>
          <ExportDialog comparisonId={comparison.id} />
          <p>
            {onlyFlagged ? (
              <Link href={`/comparisons/${id}?show=${showParam}`}>Show all rows</Link>
            ) : (
              <Link href={`/comparisons/${id}?only=flagged&show=${showParam}`}>Show only rows with discrepancies</Link>
            )}
          </p>
          {result.sources.length > DEFAULT_COLUMNS ? (
            <form method="get" className="toolbar" aria-label="Columns to show">
              {onlyFlagged ? <input type="hidden" name="only" value="flagged" /> : null}
              <fieldset className="columns-picker">
                <legend>Columns to show</legend>
                {result.sources.map((s, i) => (
                  <label key={i} className="choice">
                    <input type="checkbox" name="show" value={i} defaultChecked={visible.includes(i)} /> {s.label}
                  </label>
                ))}
                <button type="submit" className="secondary small">Show</button>
              </fieldset>
            </form>
          ) : null}
          <h2>Side by side</h2>
          <div className="workspace">
            <CoverageMap result={result} discrepancies={comparison.discrepancies} rows={rows} />
            <SideBySide
              result={result}
              discrepancies={comparison.discrepancies}
              rows={rows}
              onlyFlagged={onlyFlagged}
              visible={visible}
              canVeto={comparison.permissions.veto}
              comparisonId={comparison.id}
            />
          </div>
          <DiscrepancyTable rows={discrepancyRows} comparisonId={comparison.id} permissions={comparison.permissions} assignees={assignees} />
          {comparison.permissions.flag ? (
            <FlagForm comparisonId={comparison.id} outlets={result.sources.map((s) => s.label)} />
          ) : null}
          {comparison.orphans.length > 0 ? (
            <section aria-labelledby="orphans-heading">
              <h2 id="orphans-heading">No longer detected</h2>
              <p className="muted">Decisions on discrepancies the current analysis does not find any more. They are kept with their original words.</p>
              <ul>
                {comparison.orphans.map((a) => (
                  <li key={a.fingerprint}>
                    <span className="badge">{a.type}</span> “{a.quote}” · <span className={`status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
                    {a.events.filter((e) => e.kind === "note").map((e) => <div key={e.id} className="muted">{e.actor}: {e.note}</div>)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="activity-heading">
            <h2 id="activity-heading">Activity</h2>
            {comparison.activityTotal > comparison.activity.length ? (
              <p className="muted">The latest {comparison.activity.length} of {comparison.activityTotal}; each discrepancy&apos;s panel has its whole history.</p>
            ) : null}
            {comparison.activity.length === 0 ? <p className="muted">No decisions or notes yet.</p> : (
              <ActivityList items={comparison.activity} comparisonId={comparison.id} canUndo={comparison.permissions.veto} />
            )}
          </section>
          <h2>Sources</h2>
          <p>
            <Link href={`/comparisons/${comparison.id}/sources`}>Compared text and discarded lines, per source</Link>
            <span className="muted"> · restore a line Parallax left out, or leave out one more</span>
          </p>
        </>
      ) : null}
    </>
  );
}
