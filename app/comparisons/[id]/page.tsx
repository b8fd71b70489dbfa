import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionDock } from "@/components/annotations/decision-dock";
import { ReviewProvider, type DeskItem } from "@/components/annotations/review-context";
import { ActivityList } from "@/components/annotations/activity-list";
import { SameClaimChoices } from "@/components/annotations/same-claim";
import { SummaryForm } from "@/components/annotations/summary-form";
import { AnalysisStatus } from "@/components/diff/analysis-status";
import { ReanalyseButton } from "@/components/diff/comparison-actions";
import { CoverageMap } from "@/components/diff/coverage-map";
import { DiscrepancyTable } from "@/components/diff/discrepancy-table";
import { ReviewFilterForm } from "@/components/diff/review-filter-form";
import { SideBySide } from "@/components/diff/side-by-side";
import { ExportDialog } from "@/components/report/export-dialog";
import { getComparison } from "@/lib/server/comparisons/get-comparison";
import { requireActor } from "@/lib/server/session";
import { findAssignees } from "@/lib/server/users/find-users";
import { STATUS_LABELS, latestEvents } from "@/lib/view/decisions";
import { filtersFrom, ORDER_WORDS, presentComparison, shownRows } from "@/lib/view/present-comparison";
import { sentenceChoices } from "@/lib/view/same-claim";
import { isWebAddress } from "@/lib/web-address";
import { ManageComparison } from "@/components/manage/manage-comparison";

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

export default async function ComparisonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor(`/comparisons/${id}`);
  const comparison = await getComparison(actor, id);
  if (!comparison) notFound();
  const assignees = comparison.permissions.assign ? await findAssignees() : [];
  const result = comparison.result;
  const filters = filtersFrom(query);
  const view = presentComparison(comparison, filters);
  const visible = visibleColumns(query.show, comparison.sources.length);
  const rows = shownRows(view, visible, filters);
  // A discrepancy whose outlet's column is hidden: the panel says so and offers to show it.
  const labels = comparison.sources.map((s) => s.outlet);
  const withColumns = (columns: number[]) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) if (key !== "show") params.append(key, v);
    params.set("show", [...new Set(columns)].sort((a, b) => a - b).join(","));
    return `/comparisons/${id}?${params.toString()}`;
  };
  const unseen = (outlets: readonly string[], rowKey: string | undefined) => {
    const hidden = [...new Set(outlets.map((o) => labels.indexOf(o)).filter((i) => i >= 0 && !visible.includes(i)))];
    return hidden.length === 0 ? null : { outlets: hidden.map((i) => labels[i] ?? ""), href: `${withColumns([...visible, ...hidden])}${rowKey ? `#row-${rowKey}` : ""}` };
  };
  const items: DeskItem[] = view.shown.map((d) => ({
    fingerprint: d.fingerprint,
    type: d.type,
    severity: d.severity,
    status: d.status,
    words: d.words,
    explanation: d.explanation,
    manual: d.manual,
    rowKey: d.row?.key ?? null,
    rowNumber: d.row?.number ?? null,
    // An omission is judged by reading the outlets said to lack it, too.
    unseen: unseen([...d.outlets, ...d.missingFrom], d.row?.key),
    elsewhere: d.elsewhere.map((e) => ({ outlet: e.outlet, rowKey: e.row.key, rowNumber: e.row.number })),
    annotation: d.annotation ? latestEvents(d.annotation, PANEL_EVENTS) : null,
  }));
  return (
    <div className="desk">
      {result && items.length > 0 ? <a className="skip-link" href="#decision">Skip to the decision on the first discrepancy</a> : null}
      <p><Link href="/">← Comparisons</Link></p>
      <h1>{comparison.title}</h1>
      {comparison.archivedAt ? (
        <p className="archived-banner">Archived on {comparison.archivedAt.slice(0, 10)}: hidden from the list of comparisons and from people&apos;s work. Everything is kept.</p>
      ) : null}
      {comparison.permissions.manage ? <ManageComparison comparisonId={comparison.id} title={comparison.title} archived={comparison.archivedAt !== null} /> : null}
      <div className="sources-meta">
        {comparison.sources.map((s) => (
          <div key={s.id}>
            <strong>{s.outlet}</strong>
            {isWebAddress(s.url) ? (
              <> · <a href={s.url} rel="noopener noreferrer nofollow" target="_blank" aria-label={`${s.outlet}: original article (opens in a new tab)`}>original article ↗</a></>
            ) : s.url ? <span className="muted"> · {s.url}</span> : null}
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
        {comparison.permissions.editSources ? <Link href={`/comparisons/${comparison.id}/sources`}>Edit outlets, add or remove a source</Link> : null}
      </div>
      {result ? (
        <ReviewProvider items={items}>
          <p className="counts">
            <span className={`badge sev-high${view.counts.bySeverity.high === 0 ? " none" : ""}`}>{view.counts.bySeverity.high} high</span>
            <span className={`badge sev-medium${view.counts.bySeverity.medium === 0 ? " none" : ""}`}>{view.counts.bySeverity.medium} medium</span>
            <span className={`badge sev-low${view.counts.bySeverity.low === 0 ? " none" : ""}`}>{view.counts.bySeverity.low} low</span>{" "}
            {view.words.discrepancies} · <span className="muted">{view.words.rows} · engine {result.engine}</span>
          </p>
          <p aria-label="Discrepancies by type">
            {view.counts.byType.map(([type, n]) => (
              <span key={type} className="type-count">{n} {type}</span>
            ))}
          </p>
          <ExportDialog comparisonId={comparison.id} />
          <ReviewFilterForm
            filters={filters}
            types={view.counts.byType.map(([t]) => t)}
            outlets={result.sources.length > DEFAULT_COLUMNS ? result.sources.map((s) => s.label) : null}
            visible={visible}
            summary={`${view.words.shown} listed; ${rows.length} of ${view.rows.length} rows shown`}
            clearHref={`/comparisons/${id}?show=${visible.join(",")}`}
          />
          <h2 id="side-by-side-heading">Side by side</h2>
          <div className="workspace">
            <CoverageMap result={result} discrepancies={comparison.discrepancies} rows={view.rows} />
            <SameClaimChoices choices={comparison.permissions.veto ? sentenceChoices(result, view.rows) : []}>
              <SideBySide
                result={result}
                discrepancies={comparison.discrepancies}
                shownRows={rows}
                allRows={view.rows}
                visible={visible}
                canVeto={comparison.permissions.veto}
                comparisonId={comparison.id}
              />
            </SameClaimChoices>
            <DecisionDock
              comparisonId={comparison.id}
              permissions={comparison.permissions}
              assignees={assignees}
              me={assignees.find((a) => a.id === actor.id) ?? null}
              canFlag={comparison.permissions.flag}
              outlets={result.sources.map((s) => s.label)}
            />
          </div>
          <DiscrepancyTable comparisonId={comparison.id} canSetStatus={comparison.permissions.setStatus} caption={`${view.words.shown} listed, ${ORDER_WORDS[filters.order].words}`} sorted={ORDER_WORDS[filters.order]} />
          <SummaryForm comparisonId={comparison.id} summary={comparison.editorSummary} canSignOff={comparison.permissions.signOff} />
          {view.noLongerDetected.length > 0 ? (
            <section aria-labelledby="orphans-heading">
              <h2 id="orphans-heading">No longer detected</h2>
              <p className="muted">Decisions on discrepancies the current analysis does not find any more. They are kept with their original words, and listed in the report.</p>
              <ul>
                {view.noLongerDetected.map((a) => (
                  <li key={a.fingerprint}>
                    <span className="badge">{a.type}</span> “{a.quote}” · <span className={`status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
                    {a.notes.map((n, k) => <div key={k} className="muted">{n.author}: {n.text}</div>)}
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
            {comparison.permissions.editSources ? <span className="muted"> · correct an outlet&apos;s name, date or address; add or remove a source</span> : null}
          </p>
        </ReviewProvider>
      ) : null}
    </div>
  );
}
