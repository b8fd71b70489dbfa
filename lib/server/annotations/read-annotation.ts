import "server-only";
import { assertCan, type Actor } from "../permissions";
import { NotFoundError } from "./errors";
import { getAnnotation } from "./get-annotations";
import type { AnnotationView } from "./types";

/** One discrepancy's decision with its whole history, for anyone who may read the comparison. */
export async function readAnnotation(actor: Actor | null, comparisonId: string, fingerprint: string): Promise<AnnotationView> {
  assertCan(actor, "comparison:read");
  const annotation = await getAnnotation(comparisonId, fingerprint);
  if (!annotation) throw new NotFoundError("A decision on this discrepancy");
  return annotation;
}
