import Link from "next/link";
import { ComparisonsTable } from "@/components/table/comparisons-table";
import { findComparisons, ZFindComparisons } from "@/lib/server/comparisons/find-comparisons";
import { requireActor } from "@/lib/server/session";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/");
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZFindComparisons.parse(flat);
  const { rows, total, page, pages } = await findComparisons(actor, query);
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.outlet) params.set("outlet", query.outlet);
  if (query.status) params.set("status", query.status);
  params.set("sort", query.sort);
  params.set("dir", query.dir);
  const pageHref = (page: number) => {
    const p = new URLSearchParams(params);
    p.set("page", String(page));
    return `/?${p.toString()}`;
  };
  return (
    <>
      <h1>Comparisons</h1>
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
        <button type="submit">Apply</button>
        <Link className="button secondary" href="/comparisons/new">New comparison</Link>
      </form>
      <ComparisonsTable rows={rows} sort={query.sort} dir={query.dir} baseQuery={params.toString()} />
      <nav className="pager" aria-label="Pages">
        {page > 1 ? <Link href={pageHref(page - 1)}>← Previous</Link> : <span className="muted">← Previous</span>}
        <span>Page {page} of {pages} · {total} comparisons</span>
        {page < pages ? <Link href={pageHref(page + 1)}>Next →</Link> : <span className="muted">Next →</span>}
      </nav>
    </>
  );
}
