import { pdfRenderer } from "@/lib/report/pdf";
import type { JobInput, JobOutput } from "../definitions";

export async function renderPdf(input: JobInput<"render-pdf">): Promise<JobOutput<"render-pdf">> {
  return { pdf: await pdfRenderer.render(input.data) };
}
