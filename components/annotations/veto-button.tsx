"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./post-json";

/** An editor's "these are not the same claim": later analyses keep the row's sentences apart. */
export function VetoButton({ comparisonId, claimGroup }: { comparisonId: string; claimGroup: number }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "busy" | string>("idle");
  const veto = async () => {
    if (!window.confirm("Mark these sentences as different claims? They will not be aligned again, and the comparison is re-analysed.")) return;
    setState("busy");
    const res = await postJson(`/api/comparisons/${comparisonId}/vetoes`, { claimGroup });
    if (!res.ok) setState(res.data.error ?? "Failed.");
    else router.refresh();
  };
  return (
    <div className="row-actions">
      <button type="button" className="secondary small" onClick={veto} disabled={state === "busy"}>Not the same claim</button>
      {state !== "idle" && state !== "busy" ? <span role="alert" className="error">{state}</span> : null}
    </div>
  );
}
