"use client";

import { useActionState } from "react";
import { signOffSummaryAction, type SummaryFormState } from "@/app/comparisons/[id]/actions";
import type { EditorSummaryView } from "@/lib/view/decisions";

/** The editor's summary of the whole comparison, signed off by name (page 1 of the report). */
export function SummaryForm({ comparisonId, summary, canSignOff }: { comparisonId: string; summary: EditorSummaryView | null; canSignOff: boolean }) {
  const [state, action, pending] = useActionState<SummaryFormState, FormData>(signOffSummaryAction, { message: null, ok: true, summary: summary?.text ?? "" });
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading">Editor&apos;s summary</h2>
      {summary ? (
        <p className="muted">
          Signed off by {summary.signedOffBy ?? "someone"} on <time dateTime={summary.signedOffAt}>{summary.signedOffAt.slice(0, 16).replace("T", " ")} UTC</time>; page 1 of the report.
        </p>
      ) : (
        <p className="muted">Nobody has signed off a summary yet.</p>
      )}
      {canSignOff ? (
        <form action={action} className="simple-form wide">
          <input type="hidden" name="comparisonId" value={comparisonId} />
          <div className="field">
            <label htmlFor="editor-summary">What the desk concluded</label>
            <textarea id="editor-summary" name="summary" rows={4} defaultValue={state.summary} key={state.summary} />
          </div>
          <button type="submit" disabled={pending}>Sign off the summary</button>
          {state.message ? <p role="status" className={state.ok ? "success" : "error"}>{state.message}</p> : null}
        </form>
      ) : summary ? (
        <blockquote>{summary.text}</blockquote>
      ) : null}
    </section>
  );
}
