"use client";

import { useActionState, useId } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/form-state";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "select";
  options?: ReadonlyArray<{ value: string; label: string }>;
  autoComplete?: string;
  hidden?: string;
}

/** A small form bound to a server action: labelled fields, errors beside them, typed values kept. */
export function SimpleForm({ action, fields, submit, resultLabel }: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submit: string;
  resultLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM);
  const prefix = useId();
  return (
    <form action={formAction} className="simple-form" noValidate>
      {state.message ? <p role="alert" className="error">{state.message}</p> : null}
      {fields.map((f) =>
        f.hidden !== undefined ? (
          <input key={f.name} type="hidden" name={f.name} value={f.hidden} />
        ) : (
          <div className="field" key={f.name}>
            <label htmlFor={`${prefix}-${f.name}`}>{f.label}</label>
            {f.type === "select" ? (
              <select id={`${prefix}-${f.name}`} name={f.name} defaultValue={state.values[f.name] ?? f.options?.[0]?.value}>
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
        <p role="status" className="result">
          {resultLabel} <code>{state.result}</code>
        </p>
      ) : null}
    </form>
  );
}
