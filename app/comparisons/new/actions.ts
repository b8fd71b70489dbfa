"use server";

import { redirect } from "next/navigation";
import { AnalysisLimitError } from "@/lib/analysis";
import { readSource, SourceInputError, type SourceMode } from "@/lib/ingest/read-source";
import { createComparison } from "@/lib/server/comparisons/create-comparison";
import { ZCreateComparison, type SourceDraft } from "@/lib/server/comparisons/types";
import { ForbiddenError } from "@/lib/server/permissions";
import { getActor } from "@/lib/server/session";

export interface CreateFormState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

const MODES: readonly SourceMode[] = ["paste", "upload", "url"];
const FIELD_NAMES: Record<string, string> = { text: "text", outlet: "outlet", url: "url", publishedAt: "published" };

/** Create a comparison from the form: read each source, validate, call the use case. */
export async function createComparisonAction(_prev: CreateFormState, form: FormData): Promise<CreateFormState> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  const count = Math.min(10, Math.max(2, Number(form.get("count") ?? 2) || 2));
  const fieldErrors: Record<string, string> = {};
  const sources: SourceDraft[] = [];
  const positions: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const mode = String(form.get(`mode-${i}`) ?? "paste");
    const file = form.get(`file-${i}`);
    try {
      const draft = await readSource({
        mode: MODES.includes(mode as SourceMode) ? (mode as SourceMode) : "paste",
        outlet: String(form.get(`outlet-${i}`) ?? ""),
        url: String(form.get(`url-${i}`) ?? ""),
        publishedAt: String(form.get(`published-${i}`) ?? ""),
        pasted: String(form.get(`text-${i}`) ?? ""),
        file: file instanceof File ? { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) } : null,
      });
      if (draft) {
        sources.push(draft);
        positions.push(i);
      }
    } catch (error) {
      if (!(error instanceof SourceInputError)) throw error;
      fieldErrors[`${error.field}-${i}`] = error.message;
    }
  }
  const parsed = ZCreateComparison.safeParse({ title: form.get("title"), sources });
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    const sourceFieldErrors = Object.keys(fieldErrors).length > 0;
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const [first, index, field] = issue.path;
      // "Add at least 2 sources" says nothing new when a source was refused for its own reason.
      if (first === "sources" && index === undefined && sourceFieldErrors) continue;
      const key =
        first === "sources" && typeof index === "number" && typeof field === "string"
          ? `${FIELD_NAMES[field] ?? "text"}-${positions[index] ?? index}`
          : String(first ?? "form");
      fieldErrors[key] ??= issue.message;
    }
    return { message: "Please correct the fields marked below.", fieldErrors, values };
  }
  let id: string;
  try {
    ({ id } = await createComparison(await getActor(), parsed.data));
  } catch (error) {
    const message = error instanceof AnalysisLimitError || error instanceof ForbiddenError ? error.message : "The comparison could not be saved. Try again.";
    return { message, fieldErrors, values };
  }
  redirect(`/comparisons/${id}`);
}
