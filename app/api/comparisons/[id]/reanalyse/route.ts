import { z } from "zod";
import { reanalyseComparison } from "@/lib/server/comparisons/reanalyse-comparison";
import { handleJson } from "@/lib/server/http";
import { getActor } from "@/lib/server/session";

/** Run the analysis again (the page shows progress; the previous result stays until the new one is stored). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, z.object({}), async () => {
    await reanalyseComparison(await getActor(), id);
    return { ok: true };
  });
}
