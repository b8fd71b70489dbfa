"use client";

import { useEffect, useMemo, useState } from "react";
import { AnnotationPanel, type PanelPermissions } from "@/components/annotations/annotation-panel";
import { DataTable, type DataTableColumn } from "@/components/table/data-table";
import { STATUS_LABELS, STATUSES, type AnnotationView, type Status } from "@/lib/server/annotations/types";

export interface DiscrepancyRow {
  fingerprint: string;
  type: string;
  severity: string;
  words: string;
  explanation: string;
  rowKey: string | null;
  manual: boolean;
  annotation: AnnotationView | null;
}

/**
 * The discrepancies list; selecting one (or j/k) scrolls to and highlights its row (`rowKey`: its
 * claim group's row, see `rowOf` in lib/view/rows.ts) and opens its decision panel.
 */
export function DiscrepancyTable({ rows, comparisonId, permissions, assignees }: {
  rows: DiscrepancyRow[];
  comparisonId: string;
  permissions: PanelPermissions;
  assignees: Array<{ id: string; name: string }>;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  const [type, setType] = useState("");
  const [severity, setSeverity] = useState("");
  const [status, setStatus] = useState("");
  const statusOf = (r: DiscrepancyRow): Status => r.annotation?.status ?? "open";
  const visible = useMemo(
    () => rows.filter((r) => (!type || r.type === type) && (!severity || r.severity === severity) && (!status || statusOf(r) === status)),
    [rows, type, severity, status],
  );
  const current = visible.find((r) => r.fingerprint === selected) ?? null;

  useEffect(() => {
    document.querySelectorAll(".row.selected").forEach((el) => el.classList.remove("selected"));
    if (!current?.rowKey) return;
    const el = document.getElementById(`row-${current.rowKey}`);
    el?.classList.add("selected");
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [current]);

  useEffect(() => {
    const onHash = () => {
      const hash = decodeURIComponent(window.location.hash.replace(/^#d-/, ""));
      if (rows.some((r) => r.fingerprint === hash)) setSelected(hash);
    };
    onHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [rows]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (e.key !== "j" && e.key !== "k") return;
      const index = visible.findIndex((r) => r.fingerprint === selected);
      const next = e.key === "j" ? Math.min(visible.length - 1, index + 1) : Math.max(0, index - 1);
      const row = visible[next];
      if (row) setSelected(row.fingerprint);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [visible, selected]);

  const columns: Array<DataTableColumn<DiscrepancyRow>> = [
    {
      id: "type",
      header: "Type",
      cell: ({ row }) => (
        <button type="button" className="secondary" id={`d-${row.original.fingerprint}`} aria-pressed={selected === row.original.fingerprint} onClick={() => setSelected(row.original.fingerprint)}>
          {row.original.type}
        </button>
      ),
    },
    { id: "severity", header: "Severity", cell: ({ row }) => <span className={`badge sev-${row.original.severity}`}>{row.original.severity}</span> },
    { id: "words", header: "Words", cell: ({ row }) => row.original.words },
    { id: "explanation", header: "Explanation", cell: ({ row }) => <>{row.original.explanation}{row.original.manual ? <span className="badge">flagged by an editor</span> : null}</> },
    { id: "status", header: "Status", cell: ({ row }) => <span className={`status-${statusOf(row.original)}`}>{STATUS_LABELS[statusOf(row.original)]}</span> },
  ];
  const types = [...new Set(rows.map((r) => r.type))].sort();
  return (
    <section aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading">Discrepancies</h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="filter-type">Type</label>
          <select id="filter-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">All types</option>
            {types.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-severity">Severity</label>
          <select id="filter-severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="">All severities</option>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">All statuses</option>
            {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <p className="muted">Press j / k to move between discrepancies.</p>
      </div>
      {current ? (
        <AnnotationPanel
          key={current.fingerprint}
          comparisonId={comparisonId}
          fingerprint={current.fingerprint}
          heading={`${current.type} (${current.severity}): ${current.explanation}`}
          initial={current.annotation}
          permissions={permissions}
          assignees={assignees}
        />
      ) : null}
      <DataTable columns={columns} data={visible} caption={`${visible.length} of ${rows.length} discrepancies`} getRowId={(r) => r.fingerprint} />
    </section>
  );
}
