import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rawRead } from "@/lib/persistence/raw-read";
import { assertCan, type Actor } from "../permissions";
import { STATUSES, type Status } from "./types";

export const WORK_VIEWS = ["assigned", "follow-ups"] as const;
export type WorkView = (typeof WORK_VIEWS)[number];
export const ZWorkView = z.enum(WORK_VIEWS).catch("assigned");

export interface WorkRow {
  comparisonId: string;
  comparisonTitle: string;
  fingerprint: string;
  type: string;
  /** The quoted words, as when the decision was first made. */
  quote: string;
  severity: string | null;
  /** False when the current analysis no longer finds the discrepancy (the decision is kept). */
  detected: boolean;
  status: Status;
  assignee: string | null;
  latestNote: { by: string | null; text: string } | null;
  updatedAt: string;
}

/**
 * A person's work, across comparisons that are not archived:
 * - "assigned": discrepancies assigned to them that are still to do (open or needs follow-up);
 * - "follow-ups": discrepancies marked "needs follow-up" that are theirs: assigned to them, or
 *   assigned to nobody and either marked by them or on a comparison they created.
 * The same conditions as countMyWork, which the navigation shows on every page.
 */
function where(actor: Actor, view: WorkView): Prisma.AnnotationWhereInput {
  const live = { comparison: { archivedAt: null } };
  if (view === "assigned") return { ...live, assigneeId: actor.id, status: { in: ["open", "follow_up"] } };
  return {
    ...live,
    status: "follow_up",
    OR: [
      { assigneeId: actor.id },
      { assigneeId: null, OR: [{ comparison: { createdById: actor.id } }, { events: { some: { kind: "status", toValue: "follow_up", actorId: actor.id } } }] },
    ],
  };
}

const SHOWN = 200;

export async function findMyWork(actor: Actor | null, view: WorkView): Promise<{ rows: WorkRow[]; total: number }> {
  assertCan(actor, "comparison:read");
  const filter = where(actor, view);
  const [total, annotations] = await Promise.all([
    db.annotation.count({ where: filter }),
    db.annotation.findMany({
      where: filter,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: SHOWN,
      include: {
        comparison: { select: { title: true } },
        assignee: { select: { name: true } },
        events: { where: { kind: "note" }, orderBy: { createdAt: "desc" }, take: 1, include: { actor: { select: { name: true } } } },
      },
    }),
  ]);
  const ids = [...new Set(annotations.map((a) => a.comparisonId))];
  const fingerprints = annotations.map((a) => a.fingerprint);
  const [found, flags] = await Promise.all([
    db.discrepancy.findMany({ where: { comparisonId: { in: ids }, fingerprint: { in: fingerprints } }, select: { comparisonId: true, fingerprint: true, severity: true } }),
    db.manualFlag.findMany({ where: { comparisonId: { in: ids }, fingerprint: { in: fingerprints } }, select: { comparisonId: true, fingerprint: true, severity: true } }),
  ]);
  const severity = new Map([...found, ...flags].map((d) => [`${d.comparisonId}:${d.fingerprint}`, d.severity]));
  return {
    total,
    rows: annotations.map((a) => {
      const note = a.events[0];
      const key = `${a.comparisonId}:${a.fingerprint}`;
      return {
        comparisonId: a.comparisonId,
        comparisonTitle: a.comparison.title,
        fingerprint: a.fingerprint,
        type: a.type,
        quote: a.quote,
        severity: severity.get(key) ?? null,
        detected: severity.has(key),
        status: (STATUSES as readonly string[]).includes(a.status) ? (a.status as Status) : "open",
        assignee: a.assignee?.name ?? null,
        latestNote: note?.note ? { by: note.actor?.name ?? null, text: note.note } : null,
        updatedAt: a.updatedAt.toISOString(),
      };
    }),
  };
}

/**
 * How many items each work view holds, for the navigation on every page: two indexed counts in raw
 * SQL (lib/persistence/raw-read.ts, either database), the same conditions as findMyWork.
 */
export async function countMyWork(actor: Actor): Promise<Record<WorkView, number>> {
  const [[assigned], [followUps]] = await Promise.all([
    rawRead<{ n: number }>(
      `SELECT count(*) AS n FROM "Annotation" a JOIN "Comparison" c ON c."id" = a."comparisonId"
       WHERE a."assigneeId" = ? AND a."status" IN ('open', 'follow_up') AND c."archivedAt" IS NULL`,
      [actor.id],
    ),
    rawRead<{ n: number }>(
      `SELECT count(*) AS n FROM "Annotation" a JOIN "Comparison" c ON c."id" = a."comparisonId"
       WHERE a."status" = 'follow_up' AND c."archivedAt" IS NULL AND (
         a."assigneeId" = ? OR (a."assigneeId" IS NULL AND (c."createdById" = ? OR EXISTS (
           SELECT 1 FROM "AnnotationEvent" e WHERE e."annotationId" = a."id" AND e."kind" = 'status' AND e."toValue" = 'follow_up' AND e."actorId" = ?))))`,
      [actor.id, actor.id, actor.id],
    ),
  ]);
  return { assigned: assigned?.n ?? 0, "follow-ups": followUps?.n ?? 0 };
}
