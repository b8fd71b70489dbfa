import { NotFoundError } from "@/lib/server/annotations/errors";
import { changeAnnotation } from "@/lib/server/annotations/change-annotation";
import { readAnnotation } from "@/lib/server/annotations/read-annotation";
import { ZAnnotationChange } from "@/lib/server/annotations/types";
import { handleJson } from "@/lib/server/http";
import { ForbiddenError } from "@/lib/server/permissions";
import { getActor } from "@/lib/server/session";

/** One discrepancy's decision with its whole history: `?fingerprint=`. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const fingerprint = new URL(request.url).searchParams.get("fingerprint") ?? "";
  try {
    return Response.json({ annotation: await readAnnotation(await getActor(), id, fingerprint) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: error.message }, { status: error.status });
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}

/** Change a discrepancy's status or assignee, or add a note. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, ZAnnotationChange, async (change) => ({ annotation: await changeAnnotation(await getActor(), id, change) }));
}
