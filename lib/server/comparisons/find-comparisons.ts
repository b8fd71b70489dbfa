import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  createdBy: string | null;
  updatedAt: string;
}

export async function findComparisons(query: FindComparisons): Promise<{ rows: ComparisonRow[]; total: number }> {
  const where: Prisma.ComparisonWhereInput = {};
  const and: Prisma.ComparisonWhereInput[] = [];
  if (query.q) {
    and.push({ OR: [{ title: { contains: query.q } }, { sources: { some: { extractedText: { contains: query.q } } } }] });
  }
  if (query.outlet) and.push({ sources: { some: { outlet: query.outlet } } });
  if (query.status) and.push({ analysisStatus: query.status });
  if (and.length) where.AND = and;
  const [total, comparisons] = await Promise.all([
    db.comparison.count({ where }),
    db.comparison.findMany({
      where,
      orderBy: [{ [query.sort]: query.dir }, { id: "asc" }],
      skip: (query.page - 1) * query.size,
      take: query.size,
      select: {
        id: true,
        title: true,
        analysisStatus: true,
        updatedAt: true,
        createdBy: { select: { name: true } },
        sources: { select: { outlet: true }, orderBy: { position: "asc" } },
      },
    }),
  ]);
  const ids = comparisons.map((c) => c.id);
  const counts = ids.length
    ? await db.discrepancy.groupBy({ by: ["comparisonId", "severity"], where: { comparisonId: { in: ids } }, _count: { _all: true } })
    : [];
  return {
    total,
    rows: comparisons.map((c) => {
      const severity = { high: 0, medium: 0, low: 0 };
      for (const row of counts) {
        if (row.comparisonId === c.id && (row.severity === "high" || row.severity === "medium" || row.severity === "low")) {
          severity[row.severity] = row._count._all;
        }
      }
      return {
        id: c.id,
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
