import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "../permissions";
import { Prisma } from "@/lib/generated/prisma/client";

export const SORTABLE = ["title", "createdAt", "updatedAt"] as const;

/** The list's URL state: search, outlet filter, sort and page all live in the query string. */
export const ZFindComparisons = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  outlet: z.string().trim().max(120).catch("").default(""),
  status: z.enum(["", "pending", "running", "done", "failed"]).catch("").default(""),
  sort: z.enum(SORTABLE).catch("updatedAt").default("updatedAt"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: z.coerce.number().int().min(1).catch(1).default(1),
  size: z.coerce.number().int().min(5).max(100).catch(20).default(20),
});
export type FindComparisons = z.infer<typeof ZFindComparisons>;

export interface ComparisonRow {
  id: string;
  title: string;
  outlets: string[];
  analysisStatus: string;
  severity: { high: number; medium: number; low: number };
  /** Editors' decisions: discrepancies with no decision count as open. */
  decisions: { open: number; confirmed: number; dismissed: number; follow_up: number };
  createdBy: string | null;
  updatedAt: string;
}

/** FTS5 query from what the user typed: each word a quoted prefix term, all required. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.slice(0, 12).map((w) => `"${w.replace(/"/g, '""')}"*`).join(" ");
}

/**
 * One page of the comparisons list. Filtering, sorting and paging run in SQL
 * (full-text search through the ComparisonSearch FTS5 index), then the page's
 * rows are read with their sources and discrepancy counts.
 */
export async function findComparisons(actor: Actor | null, query: FindComparisons): Promise<{ rows: ComparisonRow[]; total: number }> {
  assertCan(actor, "comparison:read");
  const clauses: Prisma.Sql[] = [];
  const match = ftsQuery(query.q);
  if (query.q && !match) return { rows: [], total: 0 };
  if (match) clauses.push(Prisma.sql`c.rowid IN (SELECT rowid FROM "ComparisonSearch" WHERE "ComparisonSearch" MATCH ${match})`);
  if (query.outlet) clauses.push(Prisma.sql`EXISTS (SELECT 1 FROM "Source" s WHERE s.comparisonId = c.id AND s.outlet = ${query.outlet})`);
  if (query.status) clauses.push(Prisma.sql`c.analysisStatus = ${query.status}`);
  const where = clauses.length > 0 ? Prisma.sql`WHERE ${Prisma.join(clauses, " AND ")}` : Prisma.empty;
  // Both parts come from closed zod enums, never from the raw query string.
  const order = Prisma.raw(`c."${query.sort}" ${query.dir === "asc" ? "ASC" : "DESC"}, c.id ASC`);
  const [counted, page] = await Promise.all([
    db.$queryRaw<Array<{ n: number | bigint }>>`SELECT count(*) AS n FROM "Comparison" c ${where}`,
    db.$queryRaw<Array<{ id: string }>>`SELECT c.id FROM "Comparison" c ${where} ORDER BY ${order} LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`,
  ]);
  const total = Number(counted[0]?.n ?? 0);
  const found = await db.comparison.findMany({
    where: { id: { in: page.map((p) => p.id) } },
    select: {
      id: true,
      title: true,
      analysisStatus: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      sources: { select: { outlet: true }, orderBy: { position: "asc" } },
    },
  });
  const byId = new Map(found.map((c) => [c.id, c]));
  const comparisons = page.flatMap((p) => byId.get(p.id) ?? []);
  const ids = comparisons.map((c) => c.id);
  const [counts, statuses] = ids.length
    ? await Promise.all([
        db.discrepancy.groupBy({ by: ["comparisonId", "severity"], where: { comparisonId: { in: ids } }, _count: { _all: true } }),
        db.annotation.groupBy({ by: ["comparisonId", "status"], where: { comparisonId: { in: ids }, status: { not: "open" } }, _count: { _all: true } }),
      ])
    : [[], []];
  return {
    total,
    rows: comparisons.map((c) => {
      const severity = { high: 0, medium: 0, low: 0 };
      for (const row of counts) {
        if (row.comparisonId === c.id && (row.severity === "high" || row.severity === "medium" || row.severity === "low")) {
          severity[row.severity] = row._count._all;
        }
      }
      const decisions = { open: 0, confirmed: 0, dismissed: 0, follow_up: 0 };
      for (const row of statuses) {
        if (row.comparisonId === c.id && (row.status === "confirmed" || row.status === "dismissed" || row.status === "follow_up")) decisions[row.status] = row._count._all;
      }
      decisions.open = Math.max(0, severity.high + severity.medium + severity.low - decisions.confirmed - decisions.dismissed - decisions.follow_up);
      return {
        id: c.id,
        decisions,
        title: c.title,
        outlets: c.sources.map((s) => s.outlet),
        analysisStatus: c.analysisStatus,
        severity,
        createdBy: c.createdBy?.name ?? null,
        updatedAt: c.updatedAt.toISOString(),
      };
    }),
  };
}
