import { setSourceLine } from "@/lib/server/comparisons/set-source-line";
import { ZSetSourceLine } from "@/lib/server/comparisons/types";
import { handleJson } from "@/lib/server/http";
import { getActor } from "@/lib/server/session";

/** Restore a discarded line, leave out a sentence, or undo either; the comparison is analysed again. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, ZSetSourceLine, async (input) => {
    await setSourceLine(await getActor(), id, input);
    return { ok: true };
  });
}
