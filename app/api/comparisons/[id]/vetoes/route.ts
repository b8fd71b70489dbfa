import { vetoClaimGroup } from "@/lib/server/annotations/veto-claim-group";
import { ZVetoClaimGroup } from "@/lib/server/annotations/types";
import { handleJson } from "@/lib/server/http";
import { getActor } from "@/lib/server/session";

/** Mark a claim group as wrongly aligned; later analyses keep its sentences apart. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, ZVetoClaimGroup, async (input) => vetoClaimGroup(await getActor(), id, input));
}
