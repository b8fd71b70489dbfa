"use server";

import { redirect } from "next/navigation";
import { AnalysisLimitError } from "@/lib/analysis";
import { BudgetError } from "@/lib/jobs/errors";
import { createComparison } from "@/lib/server/comparisons/create-comparison";
import { readCreateForm } from "@/lib/server/comparisons/read-create-form";
import { ForbiddenError } from "@/lib/server/permissions";
import { getActor } from "@/lib/server/session";

export interface CreateFormState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

/** Create a comparison from the form: read and validate the sources, call the use case. */
export async function createComparisonAction(_prev: CreateFormState, form: FormData): Promise<CreateFormState> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  const read = await readCreateForm(form);
  if (!read.ok) return { message: read.message, fieldErrors: read.fieldErrors, values };
  let id: string;
  try {
    ({ id } = await createComparison(await getActor(), read.input));
  } catch (error) {
    const message = error instanceof AnalysisLimitError || error instanceof BudgetError || error instanceof ForbiddenError ? error.message : "The comparison could not be saved. Try again.";
    return { message, fieldErrors: {}, values };
  }
  redirect(`/comparisons/${id}`);
}
