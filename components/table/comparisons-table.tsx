"use client";

import Link from "next/link";
import type { ComparisonRow, SortColumn } from "@/lib/server/comparisons/find-comparisons";
import { formatTime } from "@/lib/view/time";
import { DataTable, type DataTableColumn } from "./data-table";

/** Rows as the list use case returns them (a type-only import: nothing server-side reaches the client). */
export type ComparisonListRow = ComparisonRow;

type SortKey = SortColumn;

function SortLink({ label, column, sort, dir, hrefFor }: { label: string; column: SortKey; sort: string; dir: string; hrefFor: (sort: SortKey, dir: "asc" | "desc") => string }) {
  const active = sort === column;
  const next = active && dir === "asc" ? "desc" : "asc";
  return (
    <Link href={hrefFor(column, next)}>
      {label}{active ? (dir === "asc" ? " ▲" : " ▼") : ""}
    </Link>
  );
}

export function ComparisonsTable({ rows, sort, dir, baseQuery }: { rows: ComparisonListRow[]; sort: string; dir: string; baseQuery: string }) {
  const hrefFor = (column: SortKey, d: "asc" | "desc") => {
    const params = new URLSearchParams(baseQuery);
    params.set("sort", column);
    params.set("dir", d);
    params.delete("page");
    return `/?${params.toString()}`;
  };
  const columns: Array<DataTableColumn<ComparisonListRow>> = [
    {
      id: "title",
      header: () => <SortLink label="Title" column="title" sort={sort} dir={dir} hrefFor={hrefFor} />,
      cell: ({ row }) => <Link href={`/comparisons/${row.original.id}`}>{row.original.title}</Link>,
    },
    { id: "outlets", header: "Outlets", cell: ({ row }) => row.original.outlets.join(", ") },
    {
      id: "discrepancies",
      header: () => <SortLink label="Discrepancies" column="discrepancies" sort={sort} dir={dir} hrefFor={hrefFor} />,
      cell: ({ row }) => {
        const s = row.original.severity;
        if (row.original.analysisStatus !== "done") return <span className="muted">{row.original.analysisStatus === "failed" ? "analysis failed" : "analysing…"}</span>;
        return (
          <span>
            <span className={`badge sev-high${s.high === 0 ? " none" : ""}`}>{s.high} high</span>
            <span className={`badge sev-medium${s.medium === 0 ? " none" : ""}`}>{s.medium} medium</span>
            <span className={`badge sev-low${s.low === 0 ? " none" : ""}`}>{s.low} low</span>
          </span>
        );
      },
    },
    {
      id: "decisions",
      header: "Decisions",
      cell: ({ row }) => {
        const d = row.original.decisions;
        return (
          <span className="muted">
            {d.open} open · {d.confirmed} confirmed · {d.dismissed} dismissed{d.follow_up ? ` · ${d.follow_up} follow-up` : ""}
          </span>
        );
      },
    },
    { id: "createdBy", header: () => <SortLink label="Created by" column="createdBy" sort={sort} dir={dir} hrefFor={hrefFor} />, cell: ({ row }) => row.original.createdBy ?? <span className="muted">sample</span> },
    {
      id: "updatedAt",
      header: () => <SortLink label="Updated" column="updatedAt" sort={sort} dir={dir} hrefFor={hrefFor} />,
      cell: ({ row }) => <time dateTime={row.original.updatedAt}>{formatTime(row.original.updatedAt)}</time>,
    },
  ];
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption="Comparisons"
      getRowId={(r) => r.id}
      empty="No comparisons match."
      sorted={{ column: sort, direction: dir === "asc" ? "ascending" : "descending" }}
    />
  );
}
