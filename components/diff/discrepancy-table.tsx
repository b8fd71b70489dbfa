"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "@/components/annotations/post-json";
import { useReview, type DeskItem } from "@/components/annotations/review-context";
import { DataTable, type DataTableColumn } from "@/components/table/data-table";
import { STATUS_LABELS } from "@/lib/view/decisions";

/**
 * The listed discrepancies (the filters above chose them), in the order chosen there (reading
 * order unless the desk asked for the most severe first, by type or by status); selecting one
 * (or j / k) shows its row and its decision side by side. "Dismiss the open ones listed" sets
 * every listed open discrepancy to dismissed, each with the version the page showed (a
 * discrepancy someone changed meanwhile is left alone and counted).
 */
export function DiscrepancyTable({ comparisonId, canSetStatus, caption, sorted }: {
  comparisonId: string;
  canSetStatus: boolean;
  caption: string;
  /** The order the page chose (`ORDER_WORDS`), announced on its column. */
  sorted: { column: string; direction: "ascending" | "descending" };
}) {
  const router = useRouter();
  const { items, current, chosen, select } = useReview();
  const [bulk, setBulk] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const open = items.filter((d) => d.status === "open");

  const dismissOpen = async () => {
    if (!window.confirm(`Dismiss ${open.length} open ${open.length === 1 ? "discrepancy" : "discrepancies"} listed? Each keeps its history and can be reopened.`)) return;
    setBulk({ busy: true, message: null });
    let failed = 0;
    for (const d of open) {
      const res = await postJson(`/api/comparisons/${comparisonId}/annotations`, { op: "status", fingerprint: d.fingerprint, status: "dismissed", expectedVersion: d.annotation?.version ?? 0 });
      if (!res.ok) failed += 1;
    }
    setBulk({ busy: false, message: failed ? `${open.length - failed} dismissed; ${failed} changed by someone else meanwhile and left as they are.` : `${open.length} dismissed.` });
    router.refresh();
  };

  const columns: Array<DataTableColumn<DeskItem>> = [
    {
      id: "type",
      header: "Type",
      cell: ({ row }) => (
        <button type="button" className="secondary" id={`d-${row.original.fingerprint}`} aria-pressed={chosen && current?.fingerprint === row.original.fingerprint} onClick={() => select(row.original.fingerprint)}>
          {row.original.type}
        </button>
      ),
    },
    { id: "row", header: "Row", cell: ({ row }) => row.original.rowNumber ?? "" },
    { id: "severity", header: "Severity", cell: ({ row }) => <span className={`badge sev-${row.original.severity}`}>{row.original.severity}</span> },
    { id: "words", header: "Words", cell: ({ row }) => row.original.words },
    { id: "explanation", header: "Explanation", cell: ({ row }) => <>{row.original.explanation}{row.original.manual ? <span className="badge">flagged by an editor</span> : null}</> },
    { id: "status", header: "Status", cell: ({ row }) => <span className={`status-${row.original.status}`}>{STATUS_LABELS[row.original.status]}</span> },
  ];
  return (
    <section aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading">Discrepancies</h2>
      {canSetStatus && open.length > 0 ? (
        <p className="toolbar">
          <button type="button" className="secondary" onClick={dismissOpen} disabled={bulk.busy}>
            Dismiss the {open.length} open {open.length === 1 ? "one" : "ones"} listed
          </button>
        </p>
      ) : null}
      {bulk.message ? <p role="status">{bulk.message}</p> : null}
      <DataTable columns={columns} data={items} caption={caption} sorted={sorted} getRowId={(r) => r.fingerprint} empty="No discrepancy matches the filters." />
    </section>
  );
}
