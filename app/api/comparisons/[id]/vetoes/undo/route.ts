import { ZUndoVeto } from "@/lib/server/annotations/types";
import { undoVeto } from "@/lib/server/annotations/undo-veto";
import { handleJson } from "@/lib/server/http";
import { getActor } from "@/lib/server/session";

/** Undo a "not the same claim" ruling; the comparison is re-analysed and may align those sentences again. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, ZUndoVeto, async (input) => undoVeto(await getActor(), id, input));
}
