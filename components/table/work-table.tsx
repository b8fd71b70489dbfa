"use client";

import Link from "next/link";
import type { WorkRow } from "@/lib/server/annotations/find-my-work";
import { STATUS_LABELS } from "@/lib/server/annotations/types";
import { DataTable, type DataTableColumn } from "./data-table";

/** A person's work, one discrepancy a row, each linking to it on its comparison. */
export function WorkTable({ rows, caption, empty, showAssignee }: { rows: WorkRow[]; caption: string; empty: string; showAssignee: boolean }) {
  const columns: Array<DataTableColumn<WorkRow>> = [
    {
      id: "discrepancy",
      header: "Discrepancy",
      cell: ({ row }) => {
        const r = row.original;
        return (
          <>
            <span className="badge">{r.type}</span> {r.severity ? <span className={`badge sev-${r.severity}`}>{r.severity}</span> : null}{" "}
            <Link href={`/comparisons/${r.comparisonId}#d-${r.fingerprint}`}>“{r.quote.length > 160 ? `${r.quote.slice(0, 159)}…` : r.quote}”</Link>
            {r.detected ? null : <div className="muted">No longer detected by the current analysis</div>}
          </>
        );
      },
    },
    { id: "status", header: "Status", cell: ({ row }) => <span className={`status-${row.original.status}`}>{STATUS_LABELS[row.original.status]}</span> },
    { id: "comparison", header: "Comparison", cell: ({ row }) => <Link href={`/comparisons/${row.original.comparisonId}`}>{row.original.comparisonTitle}</Link> },
    ...(showAssignee ? [{ id: "assignee", header: "Assigned to", cell: ({ row }) => row.original.assignee ?? <span className="muted">nobody</span> } satisfies DataTableColumn<WorkRow>] : []),
    {
      id: "note",
      header: "Latest note",
      cell: ({ row }) => {
        const note = row.original.latestNote;
        return note ? <span>{note.by ? <strong>{note.by}: </strong> : null}{note.text.length > 200 ? `${note.text.slice(0, 199)}…` : note.text}</span> : <span className="muted">none</span>;
      },
    },
    { id: "updatedAt", header: "Changed", cell: ({ row }) => <time dateTime={row.original.updatedAt}>{row.original.updatedAt.slice(0, 16).replace("T", " ")} UTC</time> },
  ];
  // On a phone the table scrolls sideways inside its own region, not the page.
  return (
    <div className="table-scroll work-table" role="region" aria-label={caption} tabIndex={0}>
      <DataTable columns={columns} data={rows} caption={caption} getRowId={(r) => `${r.comparisonId}:${r.fingerprint}`} empty={empty} />
    </div>
  );
}
