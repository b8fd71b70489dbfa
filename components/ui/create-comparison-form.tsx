"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { createComparisonAction, type CreateFormState } from "@/app/comparisons/new/actions";
import { MAX_FORM_BYTES, MAX_INPUT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/request-limits";

const initial: CreateFormState = { message: null, fieldErrors: {}, values: {} };
type Mode = "paste" | "upload" | "url";
const MODE_LABELS: Record<Mode, string> = { paste: "Paste text", upload: "Upload a file", url: "Import from a web address" };

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? <span id={id} className="field-error">{message}</span> : null;
}

interface SizeProblem {
  message: string;
  fieldErrors: Record<string, string>;
}

/** Files and pastes past the limits, found before anything is sent (the server refuses them too). */
function sizeProblems(form: HTMLFormElement): SizeProblem | null {
  const fieldErrors: Record<string, string> = {};
  let total = 0;
  for (const [key, value] of new FormData(form).entries()) {
    const bytes = typeof value === "string" ? new Blob([value]).size : value.size;
    total += bytes;
    if (bytes <= MAX_INPUT_BYTES) continue;
    fieldErrors[key] = typeof value === "string" ? "The pasted text is larger than 5 MB. Paste only the article." : "The file is larger than 5 MB. Save only the article page, or paste its text.";
  }
  if (Object.keys(fieldErrors).length > 0) return { message: "Please correct the fields marked below.", fieldErrors };
  return total > MAX_FORM_BYTES ? { message: TOO_LARGE_MESSAGE, fieldErrors } : null;
}

/**
 * The create form: keeps everything typed and every file chosen when the server returns errors.
 * With JavaScript the form is sent from onSubmit, so React does not reset it after its action (a
 * reset empties file pickers, which cannot be refilled); without it, the action runs as a plain
 * form post and the inputs come back with defaults from the last submission.
 */
export function CreateComparisonForm() {
  const [state, action, pending] = useActionState(createComparisonAction, initial);
  const [count, setCount] = useState(() => Math.max(2, Number(state.values.count ?? 2)));
  const [modes, setModes] = useState<Record<number, Mode>>({});
  const [tooLarge, setTooLarge] = useState<SizeProblem | null>(null);
  const v = (key: string) => state.values[key] ?? "";
  const e = { ...state.fieldErrors, ...tooLarge?.fieldErrors };
  const message = tooLarge?.message ?? state.message;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = sizeProblems(event.currentTarget);
    setTooLarge(problem);
    if (problem) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const modeOf = (i: number): Mode => modes[i] ?? ((v(`mode-${i}`) as Mode) || "paste");
  const described = (key: string) => (e[key] ? `${key}-error` : undefined);
  return (
    <form action={action} onSubmit={submit} noValidate>
      {message ? (
        <p role="alert" className="error">
          {message} {e.sources && e.sources !== message ? e.sources : ""}
        </p>
      ) : null}
      <input type="hidden" name="count" value={count} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="title">Title</label>
          <input id="title" name="title" defaultValue={v("title")} required aria-invalid={Boolean(e.title)} aria-describedby={described("title")} />
          <FieldError id="title-error" message={e.title} />
        </div>
      </div>
      {Array.from({ length: count }, (_, i) => {
        const mode = modeOf(i);
        return (
          <fieldset key={i}>
            <legend>Source {i + 1}</legend>
            <div className="form-grid">
              <div className="field">
                <label htmlFor={`outlet-${i}`}>Outlet</label>
                <input id={`outlet-${i}`} name={`outlet-${i}`} defaultValue={v(`outlet-${i}`)} aria-invalid={Boolean(e[`outlet-${i}`])} aria-describedby={described(`outlet-${i}`)} />
                <FieldError id={`outlet-${i}-error`} message={e[`outlet-${i}`]} />
              </div>
              <div className="field">
                <label htmlFor={`url-${i}`}>{mode === "url" ? "Web address to import" : "Web address (optional)"}</label>
                <input id={`url-${i}`} name={`url-${i}`} type="url" defaultValue={v(`url-${i}`)} aria-invalid={Boolean(e[`url-${i}`])} aria-describedby={described(`url-${i}`)} />
                <FieldError id={`url-${i}-error`} message={e[`url-${i}`]} />
              </div>
              <div className="field">
                <label htmlFor={`published-${i}`}>Published (optional)</label>
                <input id={`published-${i}`} name={`published-${i}`} type="date" defaultValue={v(`published-${i}`)} aria-invalid={Boolean(e[`published-${i}`])} aria-describedby={described(`published-${i}`)} />
                <FieldError id={`published-${i}-error`} message={e[`published-${i}`]} />
              </div>
            </div>
            <div className="field" role="radiogroup" aria-label={`How source ${i + 1} is given`}>
              {(Object.keys(MODE_LABELS) as Mode[]).map((m) => (
                <label key={m} className="choice">
                  <input type="radio" name={`mode-${i}`} value={m} defaultChecked={mode === m} onChange={() => setModes({ ...modes, [i]: m })} /> {MODE_LABELS[m]}
                </label>
              ))}
            </div>
            {mode === "upload" ? (
              <div className="field">
                <label htmlFor={`file-${i}`}>File (.html, .htm or .txt, up to 5 MB)</label>
                <input id={`file-${i}`} name={`file-${i}`} type="file" accept=".html,.htm,.txt,text/html,text/plain" aria-invalid={Boolean(e[`file-${i}`])} aria-describedby={described(`file-${i}`)} />
                <FieldError id={`file-${i}-error`} message={e[`file-${i}`]} />
              </div>
            ) : null}
            {mode === "paste" ? (
              <div className="field">
                <label htmlFor={`text-${i}`}>Article text</label>
                <textarea id={`text-${i}`} name={`text-${i}`} defaultValue={v(`text-${i}`)} aria-invalid={Boolean(e[`text-${i}`])} aria-describedby={described(`text-${i}`)} />
                <FieldError id={`text-${i}-error`} message={e[`text-${i}`]} />
              </div>
            ) : (
              <input type="hidden" name={`text-${i}`} value={v(`text-${i}`)} />
            )}
            {mode === "url" ? <p className="muted">Parallax fetches the page on the server and keeps only the article (title, byline, text).</p> : null}
          </fieldset>
        );
      })}
      <div className="toolbar">
        {count < 10 ? <button type="button" className="secondary" onClick={() => setCount(count + 1)}>Add a source</button> : null}
        {count > 2 ? <button type="button" className="secondary" onClick={() => setCount(count - 1)}>Remove the last source</button> : null}
        <button type="submit" disabled={pending}>{pending ? "Comparing…" : "Compare"}</button>
      </div>
    </form>
  );
}
