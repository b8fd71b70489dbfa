import { extractArticle } from "@/lib/ingest/html";
import type { JobInput, JobOutput } from "../definitions";

export function extractHtml(input: JobInput<"extract-html">): JobOutput<"extract-html"> {
  return extractArticle(input.html, input.url);
}
