import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STATUSES, type AnnotationView, type Status } from "./types";

const include = {
  assignee: { select: { id: true, name: true } },
  events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
} satisfies Prisma.AnnotationInclude;

type Row = Prisma.AnnotationGetPayload<{ include: typeof include }>;

/** Names of the people an annotation's assignee changes name (events store their ids). */
export type PeopleNames = ReadonlyMap<string, string>;

/** Who an assignee change names: the person's name, "nobody", or "a former member" once their account is gone. */
export function assigneeName(id: string | null, names: PeopleNames): string {
  if (id === null) return "nobody";
  return names.get(id) ?? "a former member";
}

async function namesOf(rows: Row[], tx: Prisma.TransactionClient): Promise<PeopleNames> {
  const ids = new Set<string>();
  for (const a of rows) for (const e of a.events) if (e.kind === "assign") for (const id of [e.fromValue, e.toValue]) if (id) ids.add(id);
  if (ids.size === 0) return new Map();
  const people = await tx.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, p.name]));
}

export function toView(a: Row, names: PeopleNames = new Map()): AnnotationView {
  return {
    fingerprint: a.fingerprint,
    status: (STATUSES as readonly string[]).includes(a.status) ? (a.status as Status) : "open",
    assignee: a.assignee,
    version: a.version,
    type: a.type,
    quote: a.quote,
    // An assignee change says from whom to whom by name; other events keep their values.
    events: a.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      from: e.kind === "assign" ? assigneeName(e.fromValue, names) : e.fromValue,
      to: e.kind === "assign" ? assigneeName(e.toValue, names) : e.toValue,
      note: e.note,
      actor: e.actor?.name ?? null,
      at: e.createdAt.toISOString(),
    })),
  };
}

/** Every annotation of a comparison with its history, by fingerprint (no permission check: callers read the comparison first). */
export async function getAnnotations(comparisonId: string, tx: Prisma.TransactionClient = db): Promise<Map<string, AnnotationView>> {
  const rows = await tx.annotation.findMany({ where: { comparisonId }, include });
  const names = await namesOf(rows, tx);
  return new Map(rows.map((a) => [a.fingerprint, toView(a, names)]));
}

export async function getAnnotation(comparisonId: string, fingerprint: string, tx: Prisma.TransactionClient = db): Promise<AnnotationView | null> {
  const row = await tx.annotation.findUnique({ where: { comparisonId_fingerprint: { comparisonId, fingerprint } }, include });
  return row ? toView(row, await namesOf([row], tx)) : null;
}
