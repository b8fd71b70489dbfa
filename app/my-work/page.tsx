import Link from "next/link";
import { WorkTable } from "@/components/table/work-table";
import { findMyWork, ZWorkView, type WorkView } from "@/lib/server/annotations/find-my-work";
import { requireActor } from "@/lib/server/session";
import "@/components/manage/manage.css";

export const dynamic = "force-dynamic";

const VIEWS: Record<WorkView, { label: string; heading: string; explain: string; empty: string }> = {
  assigned: {
    label: "Assigned to me",
    heading: "Assigned to me",
    explain: "Discrepancies assigned to you that are still open or need follow-up, newest change first. Confirmed and dismissed ones, and archived comparisons, are left out.",
    empty: "Nothing is assigned to you right now.",
  },
  "follow-ups": {
    label: "My follow-ups",
    heading: "My follow-ups",
    explain: "Discrepancies marked “needs follow-up” that are yours: assigned to you, or assigned to nobody and marked by you or on a comparison you created.",
    empty: "No follow-ups are waiting for you.",
  },
};

/** An editor's or journalist's own work across comparisons: what is assigned to them, and their follow-ups. */
export default async function MyWorkPage({ searchParams }: { searchParams: Promise<{ view?: string | string[] }> }) {
  const { view: raw } = await searchParams;
  const actor = await requireActor("/my-work");
  const view = ZWorkView.parse(Array.isArray(raw) ? raw[0] : raw);
  const { rows, total } = await findMyWork(actor, view);
  const current = VIEWS[view];
  return (
    <>
      <h1>{current.heading}</h1>
      <nav aria-label="My work">
        <ul className="work-tabs">
          {(Object.keys(VIEWS) as WorkView[]).map((v) => (
            <li key={v}>
              <Link href={v === "assigned" ? "/my-work" : `/my-work?view=${v}`} aria-current={v === view ? "page" : undefined}>{VIEWS[v].label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted">{current.explain}</p>
      <WorkTable rows={rows} caption={`${current.label}: ${total} ${total === 1 ? "discrepancy" : "discrepancies"}${total > rows.length ? ` (the latest ${rows.length} shown)` : ""}`} empty={current.empty} showAssignee={view === "follow-ups"} />
    </>
  );
}
