"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { STATUSES, STATUS_LABELS, type AnnotationView, type Status } from "@/lib/view/decisions";
import { formatTime } from "@/lib/view/time";
import { postJson } from "./post-json";
import { typing } from "./review-context";

/** The decision keys (listed under `?`): a status, assign to me, write a note. */
export const DECISION_KEYS: Record<string, Status> = { c: "confirmed", d: "dismissed", f: "follow_up", o: "open" };

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
export function AnnotationPanel({ comparisonId, fingerprint, heading, initial, permissions, assignees, me, takeFocus }: {
  comparisonId: string;
  fingerprint: string;
  heading: string;
  initial: AnnotationView | null;
  permissions: PanelPermissions;
  assignees: Array<{ id: string; name: string }>;
  /** The signed-in person, when they can be assigned ("assign to me"). */
  me?: { id: string; name: string } | null;
  /** Move focus to the panel's heading once it shows (the person selected this discrepancy). */
  takeFocus?: boolean;
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
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    // Without scrolling: the page is on its way to the selected row.
    if (takeFocus) headingRef.current?.focus({ preventScroll: true });
  }, [takeFocus]);

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
  const canAssignMe = permissions.assign && me && assignees.some((a) => a.id === me.id);

  // c confirm, d dismiss, f follow-up, o reopen, a assign to me, n write a note.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey || busy) return;
      const next = DECISION_KEYS[e.key];
      if (next && permissions.setStatus) {
        e.preventDefault();
        if (next !== status) void send({ op: "status", status: next }, version);
      } else if (e.key === "a" && canAssignMe) {
        e.preventDefault();
        if (annotation?.assignee?.id !== me.id) void send({ op: "assign", assigneeId: me.id }, version);
      } else if (e.key === "n" && permissions.comment) {
        e.preventDefault();
        noteRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <section className="annotation-panel" aria-label={`Decision on: ${heading}`}>
      <h3 ref={headingRef} tabIndex={-1}>{heading}</h3>
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
        {canAssignMe && annotation?.assignee?.id !== me.id ? (
          <button type="button" className="secondary small" disabled={busy} onClick={() => send({ op: "assign", assigneeId: me.id }, version)}>
            Assign to me
          </button>
        ) : null}
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
          <textarea
            id={`note-${fingerprint}`}
            ref={noteRef}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl+Enter adds the note; Escape leaves the field for the review keys.
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void addNote();
              } else if (e.key === "Escape") headingRef.current?.focus();
            }}
            rows={3}
            aria-describedby={`note-keys-${fingerprint}`}
          />
          <span id={`note-keys-${fingerprint}`} className="muted small-print">Ctrl+Enter adds the note; Escape goes back to the review keys.</span>
          <div>
            <button type="button" onClick={addNote} disabled={busy || !note.trim()}>Add note</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
