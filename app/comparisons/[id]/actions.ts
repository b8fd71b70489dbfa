"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/server/annotations/errors";
import { signOffSummary, ZSignOffSummary } from "@/lib/server/comparisons/sign-off-summary";
import { ForbiddenError } from "@/lib/server/permissions";
import { getActor } from "@/lib/server/session";

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
