import "server-only";
import { LIMITS } from "@/lib/analysis/limits";
import { readSource, SourceInputError, type Extract, type SourceMode } from "@/lib/ingest/read-source";
import { runJob } from "@/lib/jobs/client";
import { ZCreateComparison, type CreateComparison, type SourceDraft } from "./types";

export type CreateFormResult = { ok: true; input: CreateComparison } | { ok: false; message: string; fieldErrors: Record<string, string> };

const MODES: readonly SourceMode[] = ["paste", "upload", "url"];
const FIELD_NAMES: Record<string, string> = { text: "text", outlet: "outlet", url: "url", publishedAt: "published" };
const SOURCE_FIELD = /^(?:mode|outlet|url|published|text|file)-(\d+)$/;

/** Readability on the HTML job thread, its budgets (size, elements, nesting) checked first. */
export const extractOnJobThread: Extract = (html, url) => runJob("extract-html", { html, url });

/** How many source blocks the form carries: its count, or more if fields past it were sent. */
function sourceCount(form: FormData): number {
  let count = Math.max(LIMITS.minSources, Math.trunc(Number(form.get("count") ?? LIMITS.minSources)) || LIMITS.minSources);
  for (const key of form.keys()) {
    const index = SOURCE_FIELD.exec(key)?.[1];
    if (index !== undefined) count = Math.max(count, Number(index) + 1);
  }
  return count;
}

/**
 * The create form as a comparison to store: each source read (pasted, uploaded or imported), then
 * validated. Problems come back by field (`text-3`, `url-0`, ...), with the form's message; more
 * than 10 sources are refused as a whole, never cut short.
 */
export async function readCreateForm(form: FormData): Promise<CreateFormResult> {
  const count = sourceCount(form);
  if (count > LIMITS.maxSources) {
    return { ok: false, message: `A comparison takes at most ${LIMITS.maxSources} sources (this form has ${count}); split it into several comparisons.`, fieldErrors: {} };
  }
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
      }, { extract: extractOnJobThread });
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
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { ok: true, input: parsed.data };
  const sourceFieldErrors = Object.keys(fieldErrors).length > 0;
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [first, index, field] = issue.path;
    // "Add at least 2 sources" says nothing new when a source was refused for its own reason.
    if (first === "sources" && index === undefined && sourceFieldErrors) continue;
    const key = first === "sources" && typeof index === "number" && typeof field === "string" ? `${FIELD_NAMES[field] ?? "text"}-${positions[index] ?? index}` : String(first ?? "form");
    fieldErrors[key] ??= issue.message;
  }
  // With no field to mark ("Add at least 2 sources."), the problem is the message itself.
  const marked = Object.keys(fieldErrors).some((key) => key !== "sources" && key !== "form");
  const message = marked ? "Please correct the fields marked below." : (fieldErrors.sources ?? fieldErrors.form ?? "Please correct the form.");
  return { ok: false, message, fieldErrors };
}
