import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STATUSES, type AnnotationView, type Status } from "./types";

const include = {
  assignee: { select: { id: true, name: true } },
  events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
} satisfies Prisma.AnnotationInclude;

type Row = Prisma.AnnotationGetPayload<{ include: typeof include }>;

export function toView(a: Row): AnnotationView {
  return {
    fingerprint: a.fingerprint,
    status: (STATUSES as readonly string[]).includes(a.status) ? (a.status as Status) : "open",
    assignee: a.assignee,
    version: a.version,
    type: a.type,
    quote: a.quote,
    events: a.events.map((e) => ({ id: e.id, kind: e.kind, from: e.fromValue, to: e.toValue, note: e.note, actor: e.actor?.name ?? null, at: e.createdAt.toISOString() })),
  };
}

/** Every annotation of a comparison with its history, by fingerprint (no permission check: callers read the comparison first). */
export async function getAnnotations(comparisonId: string, tx: Prisma.TransactionClient = db): Promise<Map<string, AnnotationView>> {
  const rows = await tx.annotation.findMany({ where: { comparisonId }, include });
  return new Map(rows.map((a) => [a.fingerprint, toView(a)]));
}

export async function getAnnotation(comparisonId: string, fingerprint: string, tx: Prisma.TransactionClient = db): Promise<AnnotationView | null> {
  const row = await tx.annotation.findUnique({ where: { comparisonId_fingerprint: { comparisonId, fingerprint } }, include });
  return row ? toView(row) : null;
}
