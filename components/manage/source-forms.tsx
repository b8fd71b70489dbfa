"use client";

import { useActionState, useId, useState } from "react";
import { addSourceAction, removeSourceAction, updateSourceAction } from "@/app/comparisons/[id]/actions";
import { EMPTY_FORM, type FormState } from "@/lib/form-state";
import "./manage.css";

function Outcome({ state }: { state: FormState }) {
  if (state.message) return <p role="alert" className="error">{state.message}</p>;
  if (state.result) return <p role="status" className="notice">{state.result}</p>;
  return null;
}

function Field({ prefix, name, label, hint, state, defaultValue, type = "text" }: { prefix: string; name: string; label: string; hint?: string; state: FormState; defaultValue: string; type?: string }) {
  const error = state.fieldErrors[name];
  const id = `${prefix}-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} defaultValue={state.values[name] ?? defaultValue} aria-invalid={Boolean(error)} aria-describedby={described} />
      {hint ? <span id={`${id}-hint`} className="hint">{hint}</span> : null}
      {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
    </div>
  );
}

export interface EditableSource {
  id: string;
  outlet: string;
  url: string | null;
  /** As shown: "2022-02-25" or "2022-02-25 14:30 UTC". */
  publishedAt: string | null;
}

/** An outlet's name, published date (and time) and web address, corrected in place; and the source taken out (asked twice). */
export function SourceDetailsForm({ comparisonId, source, canRemove }: { comparisonId: string; source: EditableSource; canRemove: boolean }) {
  const prefix = useId();
  const [state, action, pending] = useActionState(updateSourceAction, EMPTY_FORM);
  const [removed, remove, removing] = useActionState(removeSourceAction, EMPTY_FORM);
  const [confirming, setConfirming] = useState(false);
  return (
    <fieldset>
      <legend>{source.outlet}</legend>
      <form action={action} noValidate>
        <input type="hidden" name="comparisonId" value={comparisonId} />
        <input type="hidden" name="sourceId" value={source.id} />
        <Field prefix={prefix} name="outlet" label="Outlet" state={state} defaultValue={source.outlet} />
        <Field prefix={prefix} name="publishedAt" label="Published" hint="A date (2022-02-25), or a date and time in UTC (2022-02-25 14:30)." state={state} defaultValue={(source.publishedAt ?? "").replace(" UTC", "")} />
        <Field prefix={prefix} name="url" label="Web address of the original article" type="url" state={state} defaultValue={source.url ?? ""} />
        <button type="submit" disabled={pending}>{pending ? "Saving…" : "Save"}</button>
      </form>
      <Outcome state={state} />
      {canRemove ? (
        confirming ? (
          <form action={remove}>
            <input type="hidden" name="comparisonId" value={comparisonId} />
            <input type="hidden" name="sourceId" value={source.id} />
            <input type="hidden" name="confirm" value="remove" />
            <p role="alert" className="error">Remove {source.outlet} from this comparison? Its text goes; decisions stay, under “No longer detected” where they concerned only {source.outlet}.</p>
            <button type="submit" className="danger" disabled={removing}>{removing ? "Removing…" : `Remove ${source.outlet}`}</button>{" "}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>Keep it</button>
          </form>
        ) : (
          <p><button type="button" className="danger secondary small" onClick={() => setConfirming(true)}>Remove this source…</button></p>
        )
      ) : null}
      <Outcome state={removed} />
    </fieldset>
  );
}

type Mode = "paste" | "upload" | "url";
const MODE_LABELS: Record<Mode, string> = { paste: "Paste text", upload: "Upload a file", url: "Import from a web address" };

/** One more outlet's article, pasted, uploaded or imported; the comparison is analysed again and keeps every decision. */
export function AddSourceForm({ comparisonId }: { comparisonId: string }) {
  const prefix = useId();
  const [state, action, pending] = useActionState(addSourceAction, EMPTY_FORM);
  const [mode, setMode] = useState<Mode>((state.values.mode as Mode) || "paste");
  const e = state.fieldErrors;
  return (
    <form action={action} noValidate key={state.result ?? "form"}>
      <fieldset>
        <legend>Add a source</legend>
        <input type="hidden" name="comparisonId" value={comparisonId} />
        <div className="form-grid">
          <Field prefix={prefix} name="outlet" label="Outlet" state={state} defaultValue="" />
          <Field prefix={prefix} name="url" label={mode === "url" ? "Web address to import" : "Web address (optional)"} type="url" state={state} defaultValue="" />
          <Field prefix={prefix} name="published" label="Published (optional)" hint="Taken from the page when it gives one." state={state} defaultValue="" />
        </div>
        <div className="field" role="radiogroup" aria-label="How the new source is given">
          {(Object.keys(MODE_LABELS) as Mode[]).map((m) => (
            <label key={m} className="choice">
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {MODE_LABELS[m]}
            </label>
          ))}
        </div>
        {mode === "upload" ? (
          <div className="field">
            <label htmlFor={`${prefix}-file`}>File (.html, .htm or .txt, up to 5 MB)</label>
            <input id={`${prefix}-file`} name="file" type="file" accept=".html,.htm,.txt,text/html,text/plain" aria-invalid={Boolean(e.file)} aria-describedby={e.file ? `${prefix}-file-error` : undefined} />
            {e.file ? <span id={`${prefix}-file-error`} className="field-error">{e.file}</span> : null}
          </div>
        ) : null}
        {mode === "paste" ? (
          <div className="field">
            <label htmlFor={`${prefix}-text`}>Article text</label>
            <textarea id={`${prefix}-text`} name="text" defaultValue={state.values.text ?? ""} aria-invalid={Boolean(e.text)} aria-describedby={e.text ? `${prefix}-text-error` : undefined} />
            {e.text ? <span id={`${prefix}-text-error`} className="field-error">{e.text}</span> : null}
          </div>
        ) : null}
        <p>
          <button type="submit" disabled={pending}>{pending ? "Adding…" : "Add and analyse again"}</button>
        </p>
        <Outcome state={state} />
      </fieldset>
    </form>
  );
}
