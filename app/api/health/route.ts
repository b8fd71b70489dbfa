import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness with a real query: 200 { ok, db: "ok" } or 503 with the reason. */
export async function GET(): Promise<Response> {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true, db: "ok" });
  } catch (error) {
    return Response.json({ ok: false, db: "error", reason: error instanceof Error ? error.message : String(error) }, { status: 503 });
  }
}
