import Link from "next/link";
import "@/components/manage/manage.css";
import { ComparisonsTable } from "@/components/table/comparisons-table";
import { findComparisons, ZFindComparisons } from "@/lib/server/comparisons/find-comparisons";
import { requireActor } from "@/lib/server/session";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/");
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZFindComparisons.parse(flat);
  const deleted = typeof flat.deleted === "string" ? flat.deleted.slice(0, 300) : null;
  const { rows, total, page, pages } = await findComparisons(actor, query);
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.outlet) params.set("outlet", query.outlet);
  if (query.status) params.set("status", query.status);
  if (query.archived) params.set("archived", query.archived);
  params.set("sort", query.sort);
  params.set("dir", query.dir);
  const pageHref = (page: number) => {
    const p = new URLSearchParams(params);
    p.set("page", String(page));
    return `/?${p.toString()}`;
  };
  return (
    <>
      <h1>{query.archived ? "Archived comparisons" : "Comparisons"}</h1>
      {deleted ? <p role="status" className="notice">“{deleted}” was deleted.</p> : null}
      <nav className="list-views" aria-label="Which comparisons">
        <Link href="/" aria-current={query.archived ? undefined : "page"}>Current</Link>
        <Link href="/?archived=1" aria-current={query.archived ? "page" : undefined}>Archived</Link>
      </nav>
      <form className="toolbar" method="get" role="search">
        <div className="field">
          <label htmlFor="q">Search titles and text</label>
          <input id="q" name="q" defaultValue={query.q} />
        </div>
        <div className="field">
          <label htmlFor="outlet">Outlet</label>
          <input id="outlet" name="outlet" defaultValue={query.outlet} />
        </div>
        <div className="field">
          <label htmlFor="status">Analysis</label>
          <select id="status" name="status" defaultValue={query.status}>
            <option value="">Any</option>
            <option value="done">Done</option>
            <option value="running">Running</option>
            <option value="pending">Pending</option>
            <option value="failed">Failed</option>
          </select>
        </div>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        {query.archived ? <input type="hidden" name="archived" value={query.archived} /> : null}
        <button type="submit">Apply</button>
        <Link className="button secondary" href="/comparisons/new">New comparison</Link>
      </form>
      {/* On a phone the table scrolls sideways inside its own region, not the page. */}
      <div className="table-scroll" role="region" aria-label={query.archived ? "Archived comparisons" : "Comparisons"} tabIndex={0}>
        <ComparisonsTable rows={rows} sort={query.sort} dir={query.dir} baseQuery={params.toString()} />
      </div>
      <nav className="pager" aria-label="Pages">
        {page > 1 ? <Link href={pageHref(page - 1)}>← Previous</Link> : <span className="muted">← Previous</span>}
        <span>Page {page} of {pages} · {total} {total === 1 ? "comparison" : "comparisons"}</span>
        {page < pages ? <Link href={pageHref(page + 1)}>Next →</Link> : <span className="muted">Next →</span>}
      </nav>
    </>
  );
}
