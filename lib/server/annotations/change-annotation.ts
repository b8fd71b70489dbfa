import "server-only";
import { db, writeTransaction } from "@/lib/db";
import { assertCan, type Action, type Actor } from "../permissions";
import { ConflictError, InvalidRequestError, NotFoundError } from "./errors";
import { getAnnotation } from "./get-annotations";
import type { AnnotationChange, AnnotationView } from "./types";

const ACTION: Record<AnnotationChange["op"], Action> = { status: "discrepancy:set-status", assign: "discrepancy:assign", note: "discrepancy:comment" };

/** The type and quoted words of a discrepancy that exists now (engine or manual flag), for the annotation's record. */
async function currentDiscrepancy(comparisonId: string, fingerprint: string): Promise<{ type: string; quote: string } | null> {
  const found = await db.discrepancy.findUnique({ where: { comparisonId_fingerprint: { comparisonId, fingerprint } }, select: { type: true, spans: true } });
  const flag = found ? null : await db.manualFlag.findUnique({ where: { comparisonId_fingerprint: { comparisonId, fingerprint } }, select: { type: true, spans: true } });
  const row = found ?? flag;
  if (!row) return null;
  const spans = JSON.parse(row.spans) as Array<{ text: string }>;
  return { type: row.type, quote: spans.map((s) => s.text).join(" / ").slice(0, 2_000) };
}

/**
 * Change an annotation: its status or assignee (editors and admins, with a
 * version check so a stale edit never overwrites a newer one), or add a note
 * (everyone). Every change appends an event; nothing is edited in place.
 */
export async function changeAnnotation(actor: Actor | null, comparisonId: string, change: AnnotationChange): Promise<AnnotationView> {
  assertCan(actor, ACTION[change.op]);
  const comparison = await db.comparison.findUnique({ where: { id: comparisonId }, select: { id: true } });
  if (!comparison) throw new NotFoundError("The comparison");
  if (change.op === "assign" && change.assigneeId !== null) {
    const assignee = await db.user.findUnique({ where: { id: change.assigneeId }, select: { name: true, deactivatedAt: true } });
    if (!assignee) throw new InvalidRequestError("That person has no account here (any more): choose someone from the list.");
    if (assignee.deactivatedAt) throw new InvalidRequestError(`${assignee.name} is deactivated: choose someone else.`);
  }
  const existing = await db.annotation.findUnique({ where: { comparisonId_fingerprint: { comparisonId, fingerprint: change.fingerprint } } });
  if (!existing) {
    const discrepancy = await currentDiscrepancy(comparisonId, change.fingerprint);
    if (!discrepancy) throw new NotFoundError("The discrepancy");
    if (change.op !== "note" && change.expectedVersion !== 0) throw new ConflictError((await getAnnotation(comparisonId, change.fingerprint)) ?? emptyView(change.fingerprint, discrepancy));
    try {
      await db.annotation.create({ data: { comparisonId, fingerprint: change.fingerprint, type: discrepancy.type, quote: discrepancy.quote, version: 0 } });
    } catch {
      // Created by someone else a moment ago: fall through to the version check.
    }
  }
  await writeTransaction(async (tx) => {
    const annotation = await tx.annotation.findUniqueOrThrow({ where: { comparisonId_fingerprint: { comparisonId, fingerprint: change.fingerprint } } });
    if (change.op === "note") {
      await tx.annotationEvent.create({ data: { annotationId: annotation.id, actorId: actor.id, kind: "note", note: change.note } });
      await tx.annotation.update({ where: { id: annotation.id }, data: { updatedAt: new Date() } });
      return;
    }
    const current = annotation.version;
    // A fresh annotation row (version 0) is what a client that saw "no annotation" expects.
    if (current !== change.expectedVersion) throw new ConflictError((await getAnnotation(comparisonId, change.fingerprint, tx)) as AnnotationView);
    const data = change.op === "status" ? { status: change.status } : { assigneeId: change.assigneeId };
    const updated = await tx.annotation.updateMany({ where: { id: annotation.id, version: current }, data: { ...data, version: current + 1 } });
    if (updated.count !== 1) throw new ConflictError((await getAnnotation(comparisonId, change.fingerprint, tx)) as AnnotationView);
    await tx.annotationEvent.create({
      data: {
        annotationId: annotation.id,
        actorId: actor.id,
        kind: change.op,
        fromValue: change.op === "status" ? annotation.status : annotation.assigneeId,
        toValue: change.op === "status" ? change.status : change.assigneeId,
      },
    });
  });
  await db.comparison.update({ where: { id: comparisonId }, data: { updatedAt: new Date() } });
  return (await getAnnotation(comparisonId, change.fingerprint)) as AnnotationView;
}

function emptyView(fingerprint: string, d: { type: string; quote: string }): AnnotationView {
  return { fingerprint, status: "open", assignee: null, version: 0, type: d.type, quote: d.quote, events: [] };
}
