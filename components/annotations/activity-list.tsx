import { STATUS_LABELS, type Status } from "@/lib/server/annotations/types";
import type { ActivityItem } from "@/lib/server/comparisons/get-comparison";
import { formatTime } from "@/lib/view/time";
import { UndoVetoButton } from "./undo-veto-button";

/** What one activity entry says after who did it. */
function said(e: ActivityItem): string {
  switch (e.kind) {
    case "status":
      return `marked “${e.quote}” ${STATUS_LABELS[(e.to ?? "open") as Status] ?? e.to}`;
    case "note":
      return `noted on “${e.quote}”: ${e.note}`;
    case "assign":
      return e.to === "nobody" ? `unassigned “${e.quote}” (was ${e.from ?? "nobody"})` : `assigned “${e.quote}” to ${e.to} (was ${e.from ?? "nobody"})`;
    case "flag":
      return `flagged “${e.quote}” (${e.to}): ${e.note}`;
    case "veto":
      return `marked as not the same claim: ${e.quote}`;
    case "veto-undone":
      return `undid “not the same claim” on ${e.quote}`;
    case "join":
      return `marked as the same claim: ${e.quote}`;
    case "join-undone":
      return `undid “same claim” on ${e.quote}`;
    default:
      return e.kind;
  }
}

/** A comparison's latest decisions, notes and "(not) the same claim" rulings, newest first; a ruling can be undone from here. */
export function ActivityList({ items, comparisonId, canUndo }: { items: ActivityItem[]; comparisonId: string; canUndo: boolean }) {
  return (
    <ol className="history">
      {items.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{formatTime(e.at)}</time> <strong>{e.actor ?? "someone"}</strong> {said(e)}
          {e.overridden ? <span className="muted"> (a later ruling on these sentences stands)</span> : null}
          {(e.kind === "veto" || e.kind === "join") && e.ruling && canUndo ? <UndoVetoButton comparisonId={comparisonId} ruling={e.ruling} /> : null}
        </li>
      ))}
    </ol>
  );
}
