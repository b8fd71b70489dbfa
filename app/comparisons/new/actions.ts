"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AnalysisLimitError } from "@/lib/analysis";
import { extractArticle, NotAnArticleError } from "@/lib/ingest/html";
import { createComparison } from "@/lib/server/comparisons/create-comparison";
import { ZCreateComparison, type SourceDraft } from "@/lib/server/comparisons/types";

export interface CreateFormState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

async function sourceFrom(form: FormData, i: number, errors: Record<string, string>): Promise<SourceDraft | null> {
  const outlet = String(form.get(`outlet-${i}`) ?? "");
  const url = String(form.get(`url-${i}`) ?? "");
  const publishedAt = String(form.get(`published-${i}`) ?? "");
  const pasted = String(form.get(`text-${i}`) ?? "");
  const file = form.get(`file-${i}`);
  if (!outlet.trim() && !pasted.trim() && !(file instanceof File && file.size > 0)) return null;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES) {
      errors[`file-${i}`] = "The file is larger than 5 MB. Save only the article page, or paste its text.";
      return null;
    }
    const raw = await file.text();
    if (raw.includes("\u0000")) {
      errors[`file-${i}`] = "This file is not text or HTML. Upload a .html, .htm or .txt file.";
      return null;
    }
    if (/\.html?$/i.test(file.name)) {
      try {
        const article = extractArticle(raw, url || undefined);
        return { outlet: outlet || article.siteName || "", url, publishedAt, inputKind: "upload", rawInput: raw, text: article.text, title: article.title, byline: article.byline };
      } catch (error) {
        errors[`file-${i}`] = error instanceof NotAnArticleError ? error.message : "The page could not be read.";
        return null;
      }
    }
    return { outlet, url, publishedAt, inputKind: "upload", rawInput: raw, text: raw };
  }
  return { outlet, url, publishedAt, inputKind: "paste", rawInput: pasted || " ", text: pasted };
}

export async function createComparisonAction(_prev: CreateFormState, form: FormData): Promise<CreateFormState> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  const count = Math.min(10, Math.max(2, Number(form.get("count") ?? 2) || 2));
  const fieldErrors: Record<string, string> = {};
  const sources: SourceDraft[] = [];
  for (let i = 0; i < count; i += 1) {
    const s = await sourceFrom(form, i, fieldErrors);
    if (s) sources.push(s);
  }
  const parsed = ZCreateComparison.safeParse({ title: form.get("title"), sources });
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const [first, index, field] = issue.path;
      const key = first === "sources" && typeof index === "number" ? `${field === "text" ? "text" : field === "outlet" ? "outlet" : field === "url" ? "url" : "published"}-${index}` : String(first ?? "form");
      fieldErrors[key] ??= issue.message;
    }
    return { message: "Please correct the fields marked below.", fieldErrors, values };
  }
  let id: string;
  try {
    ({ id } = await createComparison({ input: parsed.data }));
  } catch (error) {
    const message = error instanceof AnalysisLimitError || error instanceof z.ZodError ? error.message : "The comparison could not be saved. Try again.";
    return { message, fieldErrors, values };
  }
  redirect(`/comparisons/${id}`);
}
