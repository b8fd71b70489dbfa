import { joinSentences } from "@/lib/server/annotations/join-sentences";
import { ZJoinSentences } from "@/lib/server/annotations/types";
import { handleJson } from "@/lib/server/http";
import { getActor } from "@/lib/server/session";

/** Rule that two sentences of different outlets carry the same claim; later analyses align them. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleJson(request, ZJoinSentences, async (input) => joinSentences(await getActor(), id, input));
}
