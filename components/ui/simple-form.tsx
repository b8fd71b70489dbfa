"use client";

import { useActionState, useId, useState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/form-state";
import { CopyButton } from "./copy-button";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "select";
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** For a select: a first, empty option ("Choose a person") so nothing is chosen by default. */
  placeholder?: string;
  /** For a select: the option chosen when the form first shows (else the placeholder, else the first). */
  initial?: string;
  autoComplete?: string;
  hidden?: string;
}

/**
 * A small form bound to a server action: labelled fields, errors beside them, typed and chosen values
 * kept after an error, success shown as success, and a one-off result (a link) with a copy button.
 */
export function SimpleForm({ action, fields, submit, resultLabel }: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submit: string;
  resultLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  const prefix = useId();
  // React resets a form after its action; a select then falls back to the option it was first
  // rendered with. A new key per answer renders the selects afresh with the values the answer kept.
  const [answered, setAnswered] = useState({ state, count: 0 });
  if (answered.state !== state) setAnswered({ state, count: answered.count + 1 });
  return (
    <form action={formAction} className="simple-form" noValidate>
      {state.message ? (
        state.ok ? <p role="status" className="success">{state.message}</p> : <p role="alert" className="error">{state.message}</p>
      ) : null}
      {fields.map((f) =>
        f.hidden !== undefined ? (
          <input key={f.name} type="hidden" name={f.name} value={f.hidden} />
        ) : (
          <div className="field" key={f.name}>
            <label htmlFor={`${prefix}-${f.name}`}>{f.label}</label>
            {f.type === "select" ? (
              <select
                key={answered.count}
                id={`${prefix}-${f.name}`}
                name={f.name}
                defaultValue={state.values[f.name] ?? f.initial ?? (f.placeholder !== undefined ? "" : f.options?.[0]?.value)}
                aria-invalid={Boolean(state.fieldErrors[f.name])}
                aria-describedby={state.fieldErrors[f.name] ? `${prefix}-${f.name}-error` : undefined}
              >
                {f.placeholder !== undefined ? <option value="">{f.placeholder}</option> : null}
                {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            ) : (
              <input
                id={`${prefix}-${f.name}`}
                name={f.name}
                type={f.type ?? "text"}
                autoComplete={f.autoComplete}
                defaultValue={f.type === "password" ? undefined : state.values[f.name]}
                aria-invalid={Boolean(state.fieldErrors[f.name])}
                aria-describedby={state.fieldErrors[f.name] ? `${prefix}-${f.name}-error` : undefined}
              />
            )}
            {state.fieldErrors[f.name] ? <span id={`${prefix}-${f.name}-error`} className="field-error">{state.fieldErrors[f.name]}</span> : null}
          </div>
        ),
      )}
      <button type="submit" disabled={pending}>{pending ? "Working…" : submit}</button>
      {state.result ? (
        <div className="result">
          <span id={`${prefix}-result`}>{resultLabel}</span> <code>{state.result}</code>
          <CopyButton text={state.result} label={`Copy the ${resultLabel?.replace(/:$/, "").toLowerCase() ?? "result"}`} />
        </div>
      ) : null}
    </form>
  );
}
