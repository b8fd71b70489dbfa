import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { epochMs, rawRead, type SqlParam } from "@/lib/persistence/raw-read";
import { searchCondition } from "@/lib/persistence/search";
import { assertCan, type Actor } from "../permissions";

export const SORTABLE = ["title", "createdAt", "updatedAt", "createdBy", "discrepancies"] as const;
export type SortColumn = (typeof SORTABLE)[number];

/** The SQL each sort orders by (fixed text, chosen through the closed enum above, never from the query string). */
const ORDER_BY: Record<SortColumn, string> = {
  title: `c."title"`,
  createdAt: `c."createdAt"`,
  updatedAt: `c."updatedAt"`,
  // coalesce: both databases then sort "no one" and no discrepancies alike (their NULLs sort apart).
  createdBy: `coalesce(u."name", '')`,
  // Most high, then medium, then low discrepancies.
  discrepancies: `coalesce((SELECT sum(CASE d."severity" WHEN 'high' THEN 1000000 WHEN 'medium' THEN 1000 ELSE 1 END) FROM "Discrepancy" d WHERE d."comparisonId" = c."id"), 0)`,
};

/** An outlet name as the filter compares it: case and surrounding space ignored, in any script. */
export function outletKey(outlet: string): string {
  return outlet.normalize("NFC").trim().toLowerCase();
}

/**
 * Whether an outlet name answers the filter: the whole name, or words of it ("fox" finds "Fox News",
 * "abc" finds "ABC News"), case and spacing aside; not part of a word ("AP" does not find "APTN").
 */
export function outletMatches(outlet: string, filter: string): boolean {
  const words = (s: string) => outletKey(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [name, wanted] = [words(outlet), words(filter)];
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= name.length; i += 1) if (wanted.every((w, k) => name[i + k] === w)) return true;
  return false;
}

/** The list's URL state: search, outlet filter, sort and page all live in the query string. */
export const ZFindComparisons = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  outlet: z.string().trim().max(120).catch("").default(""),
  status: z.enum(["", "pending", "running", "done", "failed"]).catch("").default(""),
  /** "1": the archived comparisons instead of the current ones (archived ones are hidden by default). */
  archived: z.enum(["", "1"]).catch("").default(""),
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

/** A date column as ISO text: Prisma writes "…T…+00:00", SQLite's CURRENT_TIMESTAMP "YYYY-MM-DD HH:MM:SS" (UTC); PostgreSQL gives a Date. */
export function isoDate(value: unknown): string {
  return new Date(epochMs(value)).toISOString();
}

/**
 * One page of the comparisons list in raw SQL (the list is on every journalist's path; an ORM round
 * trip per query was most of its cost), the same SQL on both databases (lib/persistence/raw-read.ts).
 * Filtering, sorting and paging run in SQL (full-text search through lib/persistence/search.ts),
 * then the page's rows are read with their sources, discrepancy counts and decisions: five indexed
 * queries in all.
 */
export async function findComparisons(actor: Actor | null, query: FindComparisons): Promise<{ rows: ComparisonRow[]; total: number; page: number; pages: number }> {
  assertCan(actor, "comparison:read");
  const clauses: string[] = [query.archived ? `c."archivedAt" IS NOT NULL` : `c."archivedAt" IS NULL`];
  const params: SqlParam[] = [];
  const search = searchCondition(env.DIALECT, query.q);
  if (query.q && !search) return { rows: [], total: 0, page: 1, pages: 1 };
  if (search) {
    clauses.push(search.sql);
    params.push(search.param);
  }
  if (query.outlet) {
    // Case-insensitive in every script (SQLite's NOCASE folds only ASCII): the distinct outlet names
    // that match are found here, then filtered on exactly.
    const names = (await rawRead<{ outlet: string }>(`SELECT DISTINCT "outlet" FROM "Source"`)).map((r) => r.outlet).filter((o) => outletMatches(o, query.outlet));
    if (names.length === 0) return { rows: [], total: 0, page: 1, pages: 1 };
    clauses.push(`EXISTS (SELECT 1 FROM "Source" s WHERE s."comparisonId" = c."id" AND s."outlet" IN (${names.map(() => "?").join(",")}))`);
    params.push(...names);
  }
  if (query.status) {
    clauses.push(`c."analysisStatus" = ?`);
    params.push(query.status);
  }
  const where = `WHERE ${clauses.join(" AND ")}`;
  // Both parts come from closed zod enums, never from the raw query string.
  const order = `${ORDER_BY[query.sort]} ${query.dir === "asc" ? "ASC" : "DESC"}, c."id" ASC`;
  const [counted] = await rawRead<{ n: number }>(`SELECT count(*) AS n FROM "Comparison" c ${where}`, params);
  const total = counted?.n ?? 0;
  // A page past the last (an old link, a filter that now finds less) shows the last page.
  const pages = Math.max(1, Math.ceil(total / query.size));
  const pageNumber = Math.min(query.page, pages);
  const page = await rawRead<{ id: string; title: string; analysisStatus: string; updatedAt: unknown; createdBy: string | null }>(
    `SELECT c."id", c."title", c."analysisStatus", c."updatedAt", u."name" AS "createdBy" FROM "Comparison" c LEFT JOIN "User" u ON u."id" = c."createdById"
     ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    [...params, query.size, (pageNumber - 1) * query.size],
  );
  if (page.length === 0) return { rows: [], total, page: pageNumber, pages };
  const ids = page.map((c) => c.id);
  const list = ids.map(() => "?").join(",");
  const [outlets, counts, statuses] = await Promise.all([
    rawRead<{ comparisonId: string; outlet: string }>(`SELECT "comparisonId", "outlet" FROM "Source" WHERE "comparisonId" IN (${list}) ORDER BY "comparisonId", "position"`, ids),
    rawRead<{ comparisonId: string; severity: string; n: number }>(`SELECT "comparisonId", "severity", count(*) AS n FROM "Discrepancy" WHERE "comparisonId" IN (${list}) GROUP BY "comparisonId", "severity"`, ids),
    rawRead<{ comparisonId: string; status: string; n: number }>(
      `SELECT "comparisonId", "status", count(*) AS n FROM "Annotation" WHERE "comparisonId" IN (${list}) AND "status" <> 'open' GROUP BY "comparisonId", "status"`,
      ids,
    ),
  ]);
  return {
    total,
    page: pageNumber,
    pages,
    rows: page.map((c) => {
      const severity = { high: 0, medium: 0, low: 0 };
      for (const row of counts) {
        if (row.comparisonId === c.id && (row.severity === "high" || row.severity === "medium" || row.severity === "low")) severity[row.severity] = row.n;
      }
      const decisions = { open: 0, confirmed: 0, dismissed: 0, follow_up: 0 };
      for (const row of statuses) {
        if (row.comparisonId === c.id && (row.status === "confirmed" || row.status === "dismissed" || row.status === "follow_up")) decisions[row.status] = row.n;
      }
      decisions.open = Math.max(0, severity.high + severity.medium + severity.low - decisions.confirmed - decisions.dismissed - decisions.follow_up);
      return {
        id: c.id,
        decisions,
        title: c.title,
        outlets: outlets.filter((o) => o.comparisonId === c.id).map((o) => o.outlet),
        analysisStatus: c.analysisStatus,
        severity,
        createdBy: c.createdBy,
        updatedAt: isoDate(c.updatedAt),
      };
    }),
  };
}
