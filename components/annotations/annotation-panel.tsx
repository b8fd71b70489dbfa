"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { STATUSES, STATUS_LABELS, type AnnotationView, type Status } from "@/lib/server/annotations/types";
import { formatTime } from "@/lib/view/time";
import { postJson } from "./post-json";

export interface PanelPermissions {
  setStatus: boolean;
  assign: boolean;
  comment: boolean;
}

type Pending = { op: "status"; status: Status } | { op: "assign"; assigneeId: string | null };

/**
 * An editor's decision on one discrepancy: status, assignee, note thread and
 * history. A stale change (someone else changed it first) shows the current
 * state and offers to reapply; nothing is overwritten silently.
 */
export function AnnotationPanel({ comparisonId, fingerprint, heading, initial, permissions, assignees }: {
  comparisonId: string;
  fingerprint: string;
  heading: string;
  initial: AnnotationView | null;
  permissions: PanelPermissions;
  assignees: Array<{ id: string; name: string }>;
}) {
  const router = useRouter();
  const [annotation, setAnnotation] = useState<AnnotationView | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ message: string; retry: Pending } | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const version = annotation?.version ?? 0;
  const url = `/api/comparisons/${comparisonId}/annotations`;
  const earlier = annotation?.earlier ?? 0;
  const [loadingEarlier, setLoadingEarlier] = useState(Boolean(initial?.earlier));
  const historyList = useRef<HTMLOListElement>(null);
  const eventCount = annotation?.events.length ?? 0;

  // A long history scrolls inside the panel; show its end, the latest entries.
  useEffect(() => {
    const list = historyList.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [eventCount]);

  // The page carries only the latest history entries; fetch the whole history when there is more.
  useEffect(() => {
    if (!initial?.earlier) return;
    let live = true;
    fetch(`${url}?fingerprint=${encodeURIComponent(fingerprint)}`, { headers: { accept: "application/json" } })
      .then(async (res) => {
        const data = (await res.json()) as { annotation?: AnnotationView; error?: string };
        if (!live) return;
        const full = data.annotation;
        if (res.ok && full) setAnnotation((now) => (now && now.version > full.version ? now : full));
        else setError(data.error ?? "The earlier history could not be loaded.");
      })
      .catch(() => live && setError("The earlier history could not be loaded. Check the connection and reopen this discrepancy."))
      .finally(() => live && setLoadingEarlier(false));
    return () => {
      live = false;
    };
  }, [initial, url, fingerprint]);

  const send = async (change: Pending, expectedVersion: number) => {
    setBusy(true);
    setError(null);
    const res = await postJson<{ annotation?: AnnotationView; current?: AnnotationView }>(url, { ...change, fingerprint, expectedVersion });
    setBusy(false);
    if (res.ok && res.data.annotation) {
      setAnnotation(res.data.annotation);
      setConflict(null);
      router.refresh();
    } else if (res.status === 409 && res.data.current) {
      setAnnotation(res.data.current);
      setConflict({ message: res.data.error ?? "Someone else changed this discrepancy.", retry: change });
    } else {
      setError(res.data.error ?? "The change was not saved.");
    }
  };

  const addNote = async () => {
    if (!note.trim()) return;
    setBusy(true);
    const res = await postJson<{ annotation?: AnnotationView }>(url, { op: "note", fingerprint, note });
    setBusy(false);
    if (res.ok && res.data.annotation) {
      setAnnotation(res.data.annotation);
      setNote("");
      router.refresh();
    } else setError(res.data.error ?? "The note was not saved.");
  };

  const status = annotation?.status ?? "open";
  return (
    <section className="annotation-panel" aria-label={`Decision on: ${heading}`}>
      <h3>{heading}</h3>
      {conflict ? (
        <div role="alert" className="conflict">
          <p>{conflict.message}</p>
          <button type="button" onClick={() => send(conflict.retry, annotation?.version ?? 0)} disabled={busy}>Reapply my change</button>{" "}
          <button type="button" className="secondary" onClick={() => setConflict(null)}>Keep theirs</button>
        </div>
      ) : null}
      {error ? <p role="alert" className="error">{error}</p> : null}
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`status-${fingerprint}`}>Status</label>
          {permissions.setStatus ? (
            <select id={`status-${fingerprint}`} value={status} disabled={busy} onChange={(e) => send({ op: "status", status: e.target.value as Status }, version)}>
              {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
            </select>
          ) : (
            <output id={`status-${fingerprint}`} className={`status-${status}`}>{STATUS_LABELS[status]}</output>
          )}
        </div>
        <div className="field">
          <label htmlFor={`assignee-${fingerprint}`}>Assignee</label>
          {permissions.assign ? (
            <select id={`assignee-${fingerprint}`} value={annotation?.assignee?.id ?? ""} disabled={busy} onChange={(e) => send({ op: "assign", assigneeId: e.target.value || null }, version)}>
              <option value="">Nobody</option>
              {assignees.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          ) : (
            <output id={`assignee-${fingerprint}`}>{annotation?.assignee?.name ?? "Nobody"}</output>
          )}
        </div>
      </div>
      <h4>Notes and history</h4>
      {earlier > 0 ? (
        <p className="muted" role="status">
          {loadingEarlier ? `Loading ${earlier} earlier ${earlier === 1 ? "entry" : "entries"}…` : `${earlier} earlier ${earlier === 1 ? "entry is" : "entries are"} not shown.`}
        </p>
      ) : null}
      {annotation && annotation.events.length > 0 ? (
        <ol className="history" ref={historyList} tabIndex={0} aria-label={`Notes and history, ${eventCount} ${eventCount === 1 ? "entry" : "entries"}`}>
          {annotation.events.map((e) => (
            <li key={e.id}>
              <strong>{e.actor ?? "someone"}</strong> <time dateTime={e.at}>{formatTime(e.at)}</time>:{" "}
              {e.kind === "note" ? <span className="note">{e.note}</span> : null}
              {e.kind === "status" ? <span>status {STATUS_LABELS[(e.from ?? "open") as Status] ?? e.from} → {STATUS_LABELS[(e.to ?? "open") as Status] ?? e.to}</span> : null}
              {e.kind === "assign" ? <span>assignee {e.from ?? "nobody"} → {e.to ?? "nobody"}</span> : null}
              {e.kind === "flag" ? <span>flagged ({e.to}): {e.note}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No notes yet.</p>
      )}
      {permissions.comment ? (
        <div className="field">
          <label htmlFor={`note-${fingerprint}`}>Add a note</label>
          <textarea id={`note-${fingerprint}`} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
          <div>
            <button type="button" onClick={addNote} disabled={busy || !note.trim()}>Add note</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
