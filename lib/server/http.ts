import "server-only";
import { z } from "zod";
import { ConflictError, InvalidRequestError, NotFoundError } from "./annotations/errors";
import { isTrustedOrigin } from "./origins";
import { ForbiddenError } from "./permissions";

/** JSON bodies are small (a status, a note): anything larger is refused before it is read. */
export const MAX_JSON_BYTES = 256 * 1024;

/**
 * JSON mutations from the browser: from a trusted origin only (origins.ts: a
 * cross-site page cannot post JSON here with the user's cookie), at most
 * MAX_JSON_BYTES, body parsed with zod, and errors mapped to statuses: 400
 * invalid (InvalidRequestError too), 401/403 not allowed, 404, 409 conflict with the
 * current state, 413 too large. Anything else is a bug and answers 500.
 */
export async function handleJson<T>(request: Request, schema: z.ZodType<T>, run: (input: T) => Promise<unknown>): Promise<Response> {
  if (!isTrustedOrigin(request.headers)) {
    return Response.json({ error: "Cross-site requests are not accepted. (Reached under another address? Set PUBLIC_URL or TRUSTED_ORIGINS.)" }, { status: 403 });
  }
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return Response.json({ error: "Send JSON (content-type: application/json)." }, { status: 415 });
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) {
    return Response.json({ error: `The request is larger than ${MAX_JSON_BYTES / 1024} KB.` }, { status: 413 });
  }
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_JSON_BYTES) return Response.json({ error: `The request is larger than ${MAX_JSON_BYTES / 1024} KB.` }, { status: 413 });
    body = JSON.parse(text);
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
    if (error instanceof InvalidRequestError) return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
}
