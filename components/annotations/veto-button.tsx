"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./post-json";

type Ref = { source: number; sentence: number; text: string };
type State = { step: "idle" } | { step: "saving" } | { step: "done"; ruling: string } | { step: "undoing"; ruling: string } | { step: "error"; message: string };

/**
 * An editor's "these are not the same claim": later analyses keep the row's sentences apart (or,
 * given one outlet, keep that outlet's sentences apart from the others, who stay a row). No
 * "are you sure?": it says what it is doing while the ruling is saved and the comparison
 * re-analysed, and offers to undo (so does the ruling's entry under Activity, once the row has gone).
 */
export function VetoButton({ comparisonId, claimGroup, row, source, outlet }: {
  comparisonId: string;
  claimGroup: number;
  /** The row's sentences as this page shows them (a page older than the last re-analysis rules on nothing). */
  row: Ref[];
  /** Only this outlet's sentences out of the row (the odd one out of three or more), named `outlet`. */
  source?: number;
  outlet?: string;
}) {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: "idle" });
  const one = source !== undefined;
  const veto = async () => {
    setState({ step: "saving" });
    const res = await postJson<{ ruling: string }>(`/api/comparisons/${comparisonId}/vetoes`, { claimGroup, row, ...(one ? { source } : {}) });
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
          <span role="status" className="muted">{one ? `${outlet ?? "This outlet"}'s sentence marked as not this claim; re-analysing… ` : "Marked as not the same claim; re-analysing… "}</span>
          <button type="button" className="secondary small" onClick={() => undo(state.ruling)}>Undo</button>
        </>
      ) : (
        <button
          type="button"
          className="secondary small"
          onClick={veto}
          disabled={state.step === "saving" || state.step === "undoing"}
          aria-label={one && state.step === "idle" ? `Not this claim: ${outlet ?? "this outlet"}'s sentence leaves the row` : undefined}
        >
          {state.step === "saving" ? "Marking…" : state.step === "undoing" ? "Undoing…" : one ? "Not this claim" : "Not the same claim"}
        </button>
      )}
      {state.step === "saving" ? <span role="status" className="muted"> Saving the ruling, then re-analysing…</span> : null}
      {state.step === "error" ? <span role="alert" className="error">{state.message}</span> : null}
    </div>
  );
}
