"use client";

import { useActionState, useState } from "react";
import { createComparisonAction, type CreateFormState } from "@/app/comparisons/new/actions";

const initial: CreateFormState = { message: null, fieldErrors: {}, values: {} };

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? <span id={id} className="field-error">{message}</span> : null;
}

/** The create form: keeps everything typed when the server returns errors. */
export function CreateComparisonForm() {
  const [state, action, pending] = useActionState(createComparisonAction, initial);
  const [count, setCount] = useState(() => Math.max(2, Number(state.values.count ?? 2)));
  const v = (key: string) => state.values[key] ?? "";
  const e = state.fieldErrors;
  return (
    <form action={action} noValidate>
      {state.message ? (
        <p role="alert" className="error">
          {state.message} {e.sources ?? ""}
        </p>
      ) : null}
      <input type="hidden" name="count" value={count} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="title">Title</label>
          <input id="title" name="title" defaultValue={v("title")} required aria-invalid={Boolean(e.title)} aria-describedby={e.title ? "title-error" : undefined} />
          <FieldError id="title-error" message={e.title} />
        </div>
      </div>
      {Array.from({ length: count }, (_, i) => (
        <fieldset key={i}>
          <legend>Source {i + 1}</legend>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`outlet-${i}`}>Outlet</label>
              <input id={`outlet-${i}`} name={`outlet-${i}`} defaultValue={v(`outlet-${i}`)} aria-invalid={Boolean(e[`outlet-${i}`])} aria-describedby={e[`outlet-${i}`] ? `outlet-${i}-error` : undefined} />
              <FieldError id={`outlet-${i}-error`} message={e[`outlet-${i}`]} />
            </div>
            <div className="field">
              <label htmlFor={`url-${i}`}>Web address (optional)</label>
              <input id={`url-${i}`} name={`url-${i}`} type="url" defaultValue={v(`url-${i}`)} />
              <FieldError id={`url-${i}-error`} message={e[`url-${i}`]} />
            </div>
            <div className="field">
              <label htmlFor={`published-${i}`}>Published (optional)</label>
              <input id={`published-${i}`} name={`published-${i}`} type="date" defaultValue={v(`published-${i}`)} />
              <FieldError id={`published-${i}-error`} message={e[`published-${i}`]} />
            </div>
            <div className="field">
              <label htmlFor={`file-${i}`}>Or upload .html, .htm, .txt</label>
              <input id={`file-${i}`} name={`file-${i}`} type="file" accept=".html,.htm,.txt,text/html,text/plain" />
              <FieldError id={`file-${i}-error`} message={e[`file-${i}`]} />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`text-${i}`}>Article text</label>
            <textarea id={`text-${i}`} name={`text-${i}`} defaultValue={v(`text-${i}`)} aria-invalid={Boolean(e[`text-${i}`])} aria-describedby={e[`text-${i}`] ? `text-${i}-error` : undefined} />
            <FieldError id={`text-${i}-error`} message={e[`text-${i}`]} />
          </div>
        </fieldset>
      ))}
      <div className="toolbar">
        {count < 10 ? <button type="button" className="secondary" onClick={() => setCount(count + 1)}>Add a source</button> : null}
        {count > 2 ? <button type="button" className="secondary" onClick={() => setCount(count - 1)}>Remove the last source</button> : null}
        <button type="submit" disabled={pending}>{pending ? "Comparing…" : "Compare"}</button>
      </div>
    </form>
  );
}
