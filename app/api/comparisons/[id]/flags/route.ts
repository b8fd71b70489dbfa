import { flagDiscrepancy } from "@/lib/server/annotations/flag-discrepancy";
import { ZFlagDiscrepancy } from "@/lib/server/annotations/types";
import { handleJson } from "@/lib/server/http";
import { getActor } from "@/lib/server/session";

/** Flag a discrepancy the engine missed. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, ZFlagDiscrepancy, async (input) => flagDiscrepancy(await getActor(), id, input));
}
