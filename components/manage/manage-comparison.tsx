"use client";

import { useActionState, useId, useState } from "react";
import { archiveComparisonAction, deleteComparisonAction, renameComparisonAction, restoreComparisonAction } from "@/app/comparisons/[id]/actions";
import { EMPTY_FORM, type FormState } from "@/lib/form-state";
import "./manage.css";

function Outcome({ state }: { state: FormState }) {
  if (state.message) return <p role="alert" className="error">{state.message}</p>;
  if (state.result) return <p role="status" className="notice">{state.result}</p>;
  return null;
}

/**
 * Rename, archive or restore, and delete a comparison: shown to its owner and admins (the server
 * checks again). Deleting asks once more, naming what goes with it.
 */
export function ManageComparison({ comparisonId, title, archived }: { comparisonId: string; title: string; archived: boolean }) {
  const id = useId();
  const [renamed, rename, renaming] = useActionState(renameComparisonAction, EMPTY_FORM);
  const [archivedState, archive, archiving] = useActionState(archived ? restoreComparisonAction : archiveComparisonAction, EMPTY_FORM);
  const [deleted, remove, deleting] = useActionState(deleteComparisonAction, EMPTY_FORM);
  const [confirming, setConfirming] = useState(false);
  return (
    <div role="group" aria-label="Manage this comparison" className="manage-group">
      <div className="manage">
        <details>
          <summary>Rename</summary>
          <form action={rename} noValidate>
            <input type="hidden" name="comparisonId" value={comparisonId} />
            <div className="field">
              <label htmlFor={`${id}-title`}>New title</label>
              <input id={`${id}-title`} name="title" defaultValue={renamed.values.title ?? title} aria-invalid={Boolean(renamed.fieldErrors.title)} aria-describedby={renamed.fieldErrors.title ? `${id}-title-error` : undefined} />
              {renamed.fieldErrors.title ? <span id={`${id}-title-error`} className="field-error">{renamed.fieldErrors.title}</span> : null}
            </div>
            <button type="submit" disabled={renaming}>{renaming ? "Saving…" : "Save the title"}</button>
          </form>
          <Outcome state={{ ...renamed, message: renamed.fieldErrors.title ? null : renamed.message }} />
        </details>
        <form action={archive}>
          <input type="hidden" name="comparisonId" value={comparisonId} />
          <button type="submit" className="secondary" disabled={archiving}>{archived ? "Restore from the archive" : "Archive"}</button>
        </form>
        {confirming ? null : <button type="button" className="danger secondary" onClick={() => setConfirming(true)}>Delete…</button>}
      </div>
      {confirming ? (
        <form action={remove} className="confirm-delete">
          <input type="hidden" name="comparisonId" value={comparisonId} />
          <input type="hidden" name="confirm" value="delete" />
          <p role="alert" className="error">
            Delete “{title}” for good? Its sources, analysis, decisions, notes and history go with it. This cannot be undone; archiving keeps everything.
          </p>
          <button type="submit" className="danger" disabled={deleting}>{deleting ? "Deleting…" : "Delete permanently"}</button>{" "}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>Keep it</button>
        </form>
      ) : null}
      <Outcome state={archivedState} />
      <Outcome state={deleted} />
    </div>
  );
}
