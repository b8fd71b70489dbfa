import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "./annotations/errors";
import { ForbiddenError } from "./permissions";

/**
 * JSON mutations from the browser: same-origin only (a cross-site page cannot
 * post JSON here with the user's cookie), body parsed with zod, and errors
 * mapped to statuses: 400 invalid, 401/403 not allowed, 404, 409 conflict with
 * the current state.
 */
export async function handleJson<T>(request: Request, schema: z.ZodType<T>, run: (input: T) => Promise<unknown>): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(env.PUBLIC_URL).origin && origin !== new URL(request.url).origin) {
    return Response.json({ error: "Cross-site requests are not accepted." }, { status: 403 });
  }
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return Response.json({ error: "Send JSON (content-type: application/json)." }, { status: 415 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "The body is not valid JSON." }, { status: 400 });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid request.", issues: parsed.error.issues }, { status: 400 });
  try {
    return Response.json(await run(parsed.data));
  } catch (error) {
    if (error instanceof ForbiddenError) return Response.json({ error: error.message }, { status: error.status });
    if (error instanceof ConflictError) return Response.json({ error: error.message, current: error.current }, { status: 409 });
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
