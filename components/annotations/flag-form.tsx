"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { DISCREPANCY_TYPES, SEVERITIES } from "@/lib/analysis/types";
import { postJson } from "./post-json";

interface Picked {
  source: number;
  sentence: number;
  text: string;
  outlet: string;
}

/**
 * Flag a discrepancy the engine missed: select words in the side-by-side view
 * (one selection per source), pick a type and severity, write a note.
 */
export function FlagForm({ comparisonId, outlets, onSelection }: { comparisonId: string; outlets: string[]; onSelection?: (active: boolean) => void }) {
  const router = useRouter();
  const [selection, setSelection] = useState<Picked | null>(null);
  const [picked, setPicked] = useState<Picked[]>([]);
  const [type, setType] = useState<string>("other");
  const [severity, setSeverity] = useState<string>("medium");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      const text = sel?.toString().trim() ?? "";
      const anchor = sel?.anchorNode instanceof Element ? sel.anchorNode : sel?.anchorNode?.parentElement;
      const cell = anchor?.closest<HTMLElement>("[data-source]");
      if (!text || !cell) return;
      const source = Number(cell.dataset.source);
      // The first sentence of the cell is a hint; the server finds the sentence that holds the words.
      const sentence = Number((cell.dataset.sentences ?? "0").split(",")[0]);
      setSelection({ source, sentence, text, outlet: outlets[source] ?? "" });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [outlets]);

  const active = selection !== null || picked.length > 0;
  // Each new selection tells the panel again (a phone's sheet closed meanwhile opens for it).
  useEffect(() => onSelection?.(selection !== null || picked.length > 0), [selection, picked, onSelection]);

  const submit = async () => {
    const res = await postJson<{ fingerprint?: string }>(`/api/comparisons/${comparisonId}/flags`, {
      type,
      severity,
      note,
      spans: picked.map(({ source, sentence, text }) => ({ source, sentence, text })),
    });
    if (res.ok) {
      setPicked([]);
      setSelection(null);
      setNote("");
      setMessage("Flagged.");
      router.refresh();
    } else setMessage(res.data.error ?? "The flag was not saved.");
  };

  return (
    <section aria-labelledby="flag-heading" className="annotation-panel flag-panel">
      <h3 id="flag-heading">Flag a discrepancy the engine missed</h3>
      <p className="muted">Select words in a source, add them here, and do the same in the other source.</p>
      <p>
        {selection ? <>Selected in {selection.outlet}: “{selection.text}” </> : <span className="muted">Nothing selected. </span>}
        <button type="button" className="secondary small" disabled={!selection} onClick={() => selection && setPicked([...picked.filter((p) => p.source !== selection.source), selection])}>
          Add the selection
        </button>
      </p>
      {picked.length > 0 ? (
        <ul>
          {picked.map((p) => <li key={p.source}>{p.outlet}: “{p.text}”</li>)}
        </ul>
      ) : null}
      {active ? (<>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="flag-type">Type</label>
          <select id="flag-type" value={type} onChange={(e) => setType(e.target.value)}>
            {DISCREPANCY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="flag-severity">Severity</label>
          <select id="flag-severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="flag-note">Note</label>
        <textarea id="flag-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="button" onClick={submit} disabled={picked.length === 0 || !note.trim()}>Flag it</button>{" "}
      <button type="button" className="secondary" onClick={() => { setPicked([]); setSelection(null); }}>Cancel</button>
      </>) : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
