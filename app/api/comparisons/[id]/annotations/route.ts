import { changeAnnotation } from "@/lib/server/annotations/change-annotation";
import { ZAnnotationChange } from "@/lib/server/annotations/types";
import { handleJson } from "@/lib/server/http";
import { getActor } from "@/lib/server/session";

/** Change a discrepancy's status or assignee, or add a note. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, ZAnnotationChange, async (change) => ({ annotation: await changeAnnotation(await getActor(), id, change) }));
}
