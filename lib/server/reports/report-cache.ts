import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { databaseFile } from "@/lib/database-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ReportOptions } from "@/lib/report/types";

/**
 * Rendered PDF reports, kept on disk beside the database (data/cache/reports) so every server process
 * shares them (with PostgreSQL, every process on one machine). A report is found again by what it shows: the comparison's current analysis, its
 * decision version (annotations, their history, editors' flags), the options and who asked (the
 * report names them). Anything that changes one of these makes a new key; the newest 200 files are kept.
 */
const KEEP = 200;

/** Where rendered reports are kept: beside a SQLite file, or data/cache/reports under the app. */
export function reportCacheDirectory(): string {
  // With PostgreSQL the cache is each machine's own (data/cache/reports under the app): a miss only renders again.
  const data = env.DIALECT === "sqlite" ? path.dirname(databaseFile(env.DATABASE_URL)) : path.resolve("data");
  return path.join(data, "cache", "reports");
}

/** The key of the report a person would get now (and the comparison's title), or null when the comparison has no analysis. */
export async function reportKey(comparisonId: string, options: ReportOptions, generatedBy: string): Promise<{ key: string; title: string } | null> {
  const [comparison, annotations, events, flags] = await Promise.all([
    db.comparison.findUnique({ where: { id: comparisonId }, select: { title: true, updatedAt: true, analysis: { select: { id: true, createdAt: true } } } }),
    db.annotation.aggregate({ where: { comparisonId }, _count: true, _max: { updatedAt: true, version: true } }),
    db.annotationEvent.aggregate({ where: { annotation: { comparisonId } }, _count: true, _max: { createdAt: true } }),
    db.manualFlag.aggregate({ where: { comparisonId }, _count: true, _max: { createdAt: true } }),
  ]);
  if (!comparison?.analysis) return null;
  const decisionVersion = [annotations._count, annotations._max.updatedAt?.getTime(), annotations._max.version, events._count, events._max.createdAt?.getTime(), flags._count, flags._max.createdAt?.getTime()];
  const what = {
    comparisonId,
    title: comparison.title,
    updatedAt: comparison.updatedAt.getTime(),
    analysis: [comparison.analysis.id, comparison.analysis.createdAt.getTime()],
    decisionVersion,
    options: { ...options, statuses: [...options.statuses].sort() },
    generatedBy,
  };
  // Named after the comparison first, so deleting it can remove its reports (forgetReports).
  return { key: `${comparisonId.replace(/[^A-Za-z0-9_-]/g, "")}.${crypto.createHash("sha256").update(JSON.stringify(what)).digest("hex")}`, title: comparison.title };
}

export async function cachedReport(key: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await fs.readFile(path.join(reportCacheDirectory(), `${key}.pdf`)));
  } catch {
    return null; // not rendered yet (or removed): render it
  }
}

export async function cacheReport(key: string, pdf: Uint8Array): Promise<void> {
  const dir = reportCacheDirectory();
  await fs.mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
  await fs.writeFile(temporary, pdf);
  await fs.rename(temporary, path.join(dir, `${key}.pdf`));
  const files = await fs.readdir(dir);
  if (files.length <= KEEP) return;
  const dated = await Promise.all(files.map(async (name) => ({ name, at: (await fs.stat(path.join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.at - a.at);
  await Promise.all(dated.slice(KEEP).map(({ name }) => fs.rm(path.join(dir, name), { force: true })));
}

/** Remove every cached report of a comparison (it was deleted: nothing of it is kept). */
export async function forgetReports(comparisonId: string): Promise<void> {
  const dir = reportCacheDirectory();
  const prefix = `${comparisonId.replace(/[^A-Za-z0-9_-]/g, "")}.`;
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(files.filter((name) => name.startsWith(prefix)).map((name) => fs.rm(path.join(dir, name), { force: true })));
}
