"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./post-json";

/** Undo a "not the same claim" or "same claim" ruling: the comparison is re-analysed and the engine decides again whether those sentences align. */
export function UndoVetoButton({ comparisonId, ruling }: { comparisonId: string; ruling: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const undo = async () => {
    setState({ busy: true, error: null });
    const res = await postJson(`/api/comparisons/${comparisonId}/vetoes/undo`, { ruling });
    if (!res.ok) setState({ busy: false, error: res.data.error ?? "The ruling was not undone." });
    else router.refresh();
  };
  return (
    <>
      {" "}
      <button type="button" className="secondary small" onClick={undo} disabled={state.busy}>
        {state.busy ? "Undoing…" : "Undo"}
      </button>
      {state.busy ? <span role="status" className="muted"> Undoing, then re-analysing…</span> : null}
      {state.error ? <span role="alert" className="error"> {state.error}</span> : null}
    </>
  );
}
