/**
 * For failures.test.ts: a separate process adding notes and changing the status of
 * one discrepancy through the real use case, as a second server process would.
 * argv: comparisonId fingerprint actorId label count. Exits non-zero on any error.
 */
import { changeAnnotation } from "@/lib/server/annotations/change-annotation";
import { ConflictError } from "@/lib/server/annotations/errors";

const [comparisonId = "", fingerprint = "", actorId = "", label = "", count = "0"] = process.argv.slice(2);
const actor = { id: actorId, name: label, email: `${label}@example.com`, role: "editor" as const };
let version = 0;
for (let i = 0; i < Number(count); i += 1) {
  await changeAnnotation(actor, comparisonId, { op: "note", fingerprint, note: `${label} ${i}` });
  try {
    version = (await changeAnnotation(actor, comparisonId, { op: "status", fingerprint, status: i % 2 ? "confirmed" : "follow_up", expectedVersion: version })).version;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    version = error.current.version; // the other process changed it first: a refusal, not a failure
  }
}
