import type { z } from "zod";

/** What a server action returns to its form: a message, errors by field, and what was typed (never passwords). */
export interface FormState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  /** A one-off result to show, such as an invitation link. */
  result?: string;
  /** The action succeeded: `message` is news, shown as success (otherwise it is an error). */
  ok?: boolean;
}

export const EMPTY_FORM: FormState = { message: null, fieldErrors: {}, values: {} };

export function typedValues(form: FormData, omit: readonly string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !omit.includes(key)) values[key] = value;
  return values;
}

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}
