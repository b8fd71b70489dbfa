import type { SourceDraft } from "@/lib/server/comparisons/types";
import { fetchPage, ImportError, type FetchPageOptions } from "./fetch-page";
import { BudgetError } from "@/lib/jobs/errors";
import { extractArticle, NotAnArticleError, type ExtractedArticle } from "./html";
import { publishedFromPage } from "@/lib/published-at";
import { MAX_INPUT_BYTES } from "@/lib/request-limits";

/**
 * One source of the create form, whichever way its text was given (pasted,
 * uploaded, or imported from a web address), as a draft ready for validation.
 * Problems are SourceInputErrors naming the field they belong to.
 */
export type SourceMode = "paste" | "upload" | "url";

export interface SourceFields {
  mode: SourceMode;
  outlet: string;
  url: string;
  publishedAt: string;
  pasted: string;
  file: { name: string; size: number; bytes: () => Promise<Uint8Array> } | null;
}

export class SourceInputError extends Error {
  constructor(
    readonly field: "text" | "file" | "url",
    message: string,
  ) {
    super(message);
    this.name = "SourceInputError";
  }
}


function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new SourceInputError("file", "This file is not text or HTML. Upload a .html, .htm or .txt file.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new SourceInputError("file", "This file is not UTF-8 text. Save it again as UTF-8, or paste the article text.");
  }
}

/** Turns a page into its article: the server runs Readability on a job thread (lib/jobs), with its budgets. */
export type Extract = (html: string, url?: string) => Promise<ExtractedArticle>;

export interface ReadSourceOptions {
  fetch?: FetchPageOptions;
  extract?: Extract;
}

const extractHere: Extract = async (html, url) => extractArticle(html, url);

async function fromHtml(html: string, base: Omit<SourceDraft, "text" | "title" | "byline" | "rawInput">, field: "file" | "url", extract: Extract, url?: string): Promise<SourceDraft> {
  try {
    const article = await extract(html, url);
    // The date the person typed wins; else the page's own (article:published_time), with its time.
    const publishedAt = base.publishedAt || publishedFromPage(article.publishedTime);
    return { ...base, outlet: base.outlet || article.siteName || "", publishedAt, rawInput: html, text: article.text, title: article.title, byline: article.byline };
  } catch (error) {
    if (error instanceof NotAnArticleError || error instanceof BudgetError) throw new SourceInputError(field, error.message);
    console.error("Parallax: a page could not be read:", error);
    throw new SourceInputError(field, "The page could not be read. Paste the article text instead.");
  }
}

/** Null when the source block was left entirely empty (the form always shows at least two). */
export async function readSource(fields: SourceFields, options: ReadSourceOptions = {}): Promise<SourceDraft | null> {
  const extract = options.extract ?? extractHere;
  const fetchOptions = options.fetch;
  const { mode, outlet, url, publishedAt, pasted, file } = fields;
  const base = { outlet, url, publishedAt, inputKind: mode };
  if (mode === "upload") {
    if (!file || file.size === 0) {
      if (!outlet.trim()) return null;
      throw new SourceInputError("file", "Choose a .html, .htm or .txt file for this source.");
    }
    if (file.size > MAX_INPUT_BYTES) throw new SourceInputError("file", "The file is larger than 5 MB. Save only the article page, or paste its text.");
    if (!/\.(html?|txt|text)$/i.test(file.name)) throw new SourceInputError("file", "Upload a .html, .htm or .txt file.");
    const text = decodeText(await file.bytes());
    if (/\.html?$/i.test(file.name)) return fromHtml(text, base, "file", extract, url || undefined);
    return { ...base, rawInput: text, text };
  }
  if (mode === "url") {
    if (!url.trim()) {
      if (!outlet.trim()) return null;
      throw new SourceInputError("url", "Enter the article's web address to import it.");
    }
    let page;
    try {
      page = await fetchPage(url, fetchOptions);
    } catch (error) {
      throw new SourceInputError("url", error instanceof ImportError ? error.message : "The page could not be fetched.");
    }
    return fromHtml(page.html, { ...base, url: page.url }, "url", extract, page.url);
  }
  if (!outlet.trim() && !pasted.trim()) return null;
  if (pasted.length > MAX_INPUT_BYTES) throw new SourceInputError("text", "The pasted text is larger than 5 MB. Paste only the article.");
  return { ...base, rawInput: pasted, text: pasted };
}
