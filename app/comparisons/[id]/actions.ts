"use server";

import { revalidatePath } from "next/cache";
import { signOffSummary, ZSignOffSummary } from "@/lib/server/comparisons/sign-off-summary";
import { ForbiddenError } from "@/lib/server/permissions";
import { getActor } from "@/lib/server/session";
import { redirect } from "next/navigation";
import { AnalysisLimitError } from "@/lib/analysis";
import { fieldErrors, typedValues, type FormState } from "@/lib/form-state";
import { BudgetError } from "@/lib/jobs/errors";
import { InvalidRequestError, NotFoundError } from "@/lib/server/annotations/errors";
import { addSource } from "@/lib/server/comparisons/add-source";
import { archiveComparison } from "@/lib/server/comparisons/archive-comparison";
import { deleteComparison } from "@/lib/server/comparisons/delete-comparison";
import { readSourceForm } from "@/lib/server/comparisons/read-source-form";
import { removeSource } from "@/lib/server/comparisons/remove-source";
import { renameComparison } from "@/lib/server/comparisons/rename-comparison";
import { restoreComparison } from "@/lib/server/comparisons/restore-comparison";
import { ZComparisonRef, ZDeleteComparison, ZRemoveSource, ZRenameComparison, ZUpdateSource } from "@/lib/server/comparisons/types";
import { updateSource } from "@/lib/server/comparisons/update-source";

export interface SummaryFormState {
  message: string | null;
  ok: boolean;
  summary: string;
}

/** The editor's summary: parse, sign off (the use case checks permission), revalidate the page. */
export async function signOffSummaryAction(_prev: SummaryFormState, form: FormData): Promise<SummaryFormState> {
  const raw = { comparisonId: String(form.get("comparisonId") ?? ""), summary: String(form.get("summary") ?? "") };
  const parsed = ZSignOffSummary.safeParse(raw);
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "The summary was not saved.", ok: false, summary: raw.summary };
  try {
    const saved = await signOffSummary(await getActor(), parsed.data);
    revalidatePath(`/comparisons/${parsed.data.comparisonId}`);
    return { message: saved ? "Summary signed off." : "Summary withdrawn.", ok: true, summary: saved?.text ?? "" };
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { message: error.message, ok: false, summary: raw.summary };
    throw error;
  }
}

/** A refusal the person can act on, as the form's message; anything else is a bug and is thrown. */
function refusal(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof ForbiddenError || error instanceof NotFoundError || error instanceof InvalidRequestError || error instanceof AnalysisLimitError || error instanceof BudgetError) {
    return { message: error.message, fieldErrors: {}, values };
  }
  throw error;
}

function refresh(comparisonId: string) {
  revalidatePath(`/comparisons/${comparisonId}`);
  revalidatePath(`/comparisons/${comparisonId}/sources`);
  revalidatePath("/");
}

export async function renameComparisonAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZRenameComparison.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the title.", fieldErrors: fieldErrors(parsed.error), values };
  try {
    await renameComparison(await getActor(), parsed.data);
  } catch (error) {
    return refusal(error, values);
  }
  refresh(parsed.data.comparisonId);
  return { message: null, fieldErrors: {}, values: {}, result: "Renamed." };
}

export async function archiveComparisonAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ZComparisonRef.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Unknown comparison.", fieldErrors: {}, values: {} };
  try {
    await archiveComparison(await getActor(), parsed.data.comparisonId);
  } catch (error) {
    return refusal(error, {});
  }
  refresh(parsed.data.comparisonId);
  return { message: null, fieldErrors: {}, values: {}, result: "Archived." };
}

export async function restoreComparisonAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ZComparisonRef.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Unknown comparison.", fieldErrors: {}, values: {} };
  try {
    await restoreComparison(await getActor(), parsed.data.comparisonId);
  } catch (error) {
    return refusal(error, {});
  }
  refresh(parsed.data.comparisonId);
  return { message: null, fieldErrors: {}, values: {}, result: "Restored: it is back in the list of comparisons and in people’s work." };
}

export async function deleteComparisonAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ZDeleteComparison.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Confirm the deletion.", fieldErrors: {}, values: {} };
  let title: string;
  try {
    ({ title } = await deleteComparison(await getActor(), parsed.data.comparisonId));
  } catch (error) {
    return refusal(error, {});
  }
  revalidatePath("/");
  redirect(`/?deleted=${encodeURIComponent(title)}`);
}

export async function updateSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const parsed = ZUpdateSource.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: "Please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values };
  let reanalysed: boolean;
  try {
    ({ reanalysed } = await updateSource(await getActor(), parsed.data));
  } catch (error) {
    return refusal(error, values);
  }
  refresh(parsed.data.comparisonId);
  return { message: null, fieldErrors: {}, values, result: reanalysed ? "Saved; the comparison is being analysed again under the new name." : "Saved." };
}

export async function addSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = typedValues(form);
  const ref = ZComparisonRef.safeParse({ comparisonId: form.get("comparisonId") });
  if (!ref.success) return { message: "Unknown comparison.", fieldErrors: {}, values };
  const read = await readSourceForm(form);
  if (!read.ok) return { message: read.message, fieldErrors: read.fieldErrors, values };
  try {
    await addSource(await getActor(), ref.data.comparisonId, read.draft);
  } catch (error) {
    return refusal(error, values);
  }
  refresh(ref.data.comparisonId);
  return { message: null, fieldErrors: {}, values: {}, result: `${read.draft.outlet} was added; the comparison is being analysed again, and every decision is kept.` };
}

export async function removeSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = ZRemoveSource.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Confirm the removal.", fieldErrors: {}, values: {} };
  let outlet: string;
  try {
    ({ outlet } = await removeSource(await getActor(), parsed.data));
  } catch (error) {
    return refusal(error, {});
  }
  refresh(parsed.data.comparisonId);
  return { message: null, fieldErrors: {}, values: {}, result: `${outlet} was removed; the comparison is being analysed again. Decisions on it are kept under “No longer detected”.` };
}
