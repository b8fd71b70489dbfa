"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./post-json";

type State = { step: "idle" } | { step: "saving" } | { step: "done"; ruling: string } | { step: "undoing"; ruling: string } | { step: "error"; message: string };

/**
 * An editor's "these are not the same claim": later analyses keep the row's sentences apart. No
 * "are you sure?": it says what it is doing while the ruling is saved and the comparison
 * re-analysed, and offers to undo (so does the ruling's entry under Activity, once the row has gone).
 */
export function VetoButton({ comparisonId, claimGroup }: { comparisonId: string; claimGroup: number }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: "idle" });
  const veto = async () => {
    setState({ step: "saving" });
    const res = await postJson<{ ruling: string }>(`/api/comparisons/${comparisonId}/vetoes`, { claimGroup });
    if (!res.ok) setState({ step: "error", message: res.data.error ?? "Failed." });
    else {
      setState({ step: "done", ruling: res.data.ruling });
      router.refresh();
    }
  };
  const undo = async (ruling: string) => {
    setState({ step: "undoing", ruling });
    const res = await postJson(`/api/comparisons/${comparisonId}/vetoes/undo`, { ruling });
    if (!res.ok) setState({ step: "error", message: res.data.error ?? "The ruling was not undone." });
    else {
      setState({ step: "idle" });
      router.refresh();
    }
  };
  return (
    <div className="row-actions">
      {state.step === "done" ? (
        <>
          <span role="status" className="muted">Marked as not the same claim; re-analysing… </span>
          <button type="button" className="secondary small" onClick={() => undo(state.ruling)}>Undo</button>
        </>
      ) : (
        <button type="button" className="secondary small" onClick={veto} disabled={state.step === "saving" || state.step === "undoing"}>
          {state.step === "saving" ? "Marking…" : state.step === "undoing" ? "Undoing…" : "Not the same claim"}
        </button>
      )}
      {state.step === "saving" ? <span role="status" className="muted"> Saving the ruling, then re-analysing…</span> : null}
      {state.step === "error" ? <span role="alert" className="error">{state.message}</span> : null}
    </div>
  );
}
