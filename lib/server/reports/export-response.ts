import "server-only";
import { redirect } from "next/navigation";
import { BudgetError } from "@/lib/jobs/errors";
import { reportOptionsFrom } from "@/lib/report/types";
import { NotFoundError } from "../annotations/errors";
import { STATUSES } from "../annotations/types";
import { ForbiddenError } from "../permissions";
import { getActor } from "../session";
import { exportComparison } from "./export-comparison";

/** GET handler body shared by the three export routes. */
export async function exportResponse(request: Request, id: string, format: "pdf" | "json" | "csv"): Promise<Response> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(new URL(request.url).pathname)}`);
  let options;
  const params = new URL(request.url).searchParams;
  try {
    options = reportOptionsFrom(params);
  } catch {
    return Response.json({ error: "Unknown export option." }, { status: 400 });
  }
  // The CSV of a link with no statuses chosen lists every discrepancy; with statuses (the export
  // dialog's, as for the PDF) only those. The PDF's default leaves dismissed ones out.
  if (format === "csv" && !params.has("status")) options = { ...options, statuses: [...STATUSES] };
  try {
    const file = await exportComparison(actor, id, format, options);
    return new Response(file.body as BodyInit, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `${format === "pdf" ? "inline" : "attachment"}; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: error.message }, { status: error.status });
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    // Over a budget (pages, time): say so in words a browser tab shows as they are.
    if (error instanceof BudgetError) return new Response(error.message, { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
