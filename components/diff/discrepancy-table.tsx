"use client";

import { useEffect, useState } from "react";
import { DataTable, type DataTableColumn } from "@/components/table/data-table";

export interface DiscrepancyRow {
  id: number;
  type: string;
  severity: string;
  words: string;
  explanation: string;
  rowKey: string | null;
}

/** The discrepancies list; selecting one (or j/k) scrolls to and highlights its row. */
export function DiscrepancyTable({ rows }: { rows: DiscrepancyRow[] }) {
  const [selected, setSelected] = useState<number | null>(null);
  const [type, setType] = useState("");
  const [severity, setSeverity] = useState("");
  const visible = rows.filter((r) => (!type || r.type === type) && (!severity || r.severity === severity));

  useEffect(() => {
    document.querySelectorAll(".row.selected").forEach((el) => el.classList.remove("selected"));
    const row = visible.find((r) => r.id === selected);
    if (!row?.rowKey) return;
    const el = document.getElementById(`row-${row.rowKey}`);
    el?.classList.add("selected");
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selected, visible]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (e.key !== "j" && e.key !== "k") return;
      const index = visible.findIndex((r) => r.id === selected);
      const next = e.key === "j" ? Math.min(visible.length - 1, index + 1) : Math.max(0, index - 1);
      const row = visible[next];
      if (row) setSelected(row.id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [visible, selected]);

  const columns: Array<DataTableColumn<DiscrepancyRow>> = [
    {
      id: "type",
      header: "Type",
      cell: ({ row }) => (
        <button type="button" className="secondary" id={`d-${row.original.id}`} aria-pressed={selected === row.original.id} onClick={() => setSelected(row.original.id)}>
          {row.original.type}
        </button>
      ),
    },
    { id: "severity", header: "Severity", cell: ({ row }) => <span className={`badge sev-${row.original.severity}`}>{row.original.severity}</span> },
    { id: "words", header: "Words", cell: ({ row }) => row.original.words },
    { id: "explanation", header: "Explanation", cell: ({ row }) => row.original.explanation },
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
        <p className="muted">Press j / k to move between discrepancies.</p>
      </div>
      <DataTable columns={columns} data={visible} caption={`${visible.length} of ${rows.length} discrepancies`} getRowId={(r) => String(r.id)} />
    </section>
  );
}
