import "server-only";
import { readSource, SourceInputError, type SourceMode } from "@/lib/ingest/read-source";
import { extractOnJobThread } from "./read-create-form";
import { ZSourceDraft, type SourceDraft } from "./types";

export type SourceFormResult = { ok: true; draft: SourceDraft } | { ok: false; message: string; fieldErrors: Record<string, string> };

const MODES: readonly SourceMode[] = ["paste", "upload", "url"];
const FIELD_NAMES: Record<string, string> = { text: "text", outlet: "outlet", url: "url", publishedAt: "published", rawInput: "text" };

/**
 * One source from the "add a source" form (fields mode, outlet, url, published, text, file: the
 * create form's, without the number), read the way the create form reads each of its sources
 * (pasted, uploaded or imported; a page's own published time taken when none is typed).
 */
export async function readSourceForm(form: FormData): Promise<SourceFormResult> {
  const mode = String(form.get("mode") ?? "paste");
  const file = form.get("file");
  let draft: SourceDraft | null;
  try {
    draft = await readSource(
      {
        mode: MODES.includes(mode as SourceMode) ? (mode as SourceMode) : "paste",
        outlet: String(form.get("outlet") ?? ""),
        url: String(form.get("url") ?? ""),
        publishedAt: String(form.get("published") ?? ""),
        pasted: String(form.get("text") ?? ""),
        file: file instanceof File ? { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) } : null,
      },
      { extract: extractOnJobThread },
    );
  } catch (error) {
    if (!(error instanceof SourceInputError)) throw error;
    return { ok: false, message: "Please correct the fields marked below.", fieldErrors: { [error.field]: error.message } };
  }
  if (!draft) return { ok: false, message: "Please correct the fields marked below.", fieldErrors: { outlet: "Give the outlet's name.", text: "Paste the article, choose a file or give its web address." } };
  const parsed = ZSourceDraft.safeParse(draft);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[FIELD_NAMES[String(issue.path[0])] ?? "text"] ??= issue.message;
  return { ok: false, message: "Please correct the fields marked below.", fieldErrors };
}
