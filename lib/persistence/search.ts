import type { Dialect } from "./dialect";

/** The words of a search as typed: letters and digits (with inner apostrophes and hyphens), at most 12. */
export function searchWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 12);
}

/** FTS5 query: each word a quoted prefix term, all required. */
export function ftsQuery(text: string): string {
  return searchWords(text).map((w) => `"${w.replace(/"/g, '""')}"*`).join(" ");
}

/** PostgreSQL tsquery text: each word a quoted prefix term, all required (to_tsquery then folds case and accents). */
export function tsQuery(text: string): string {
  return searchWords(text).map((w) => `'${w.replace(/'/g, "''")}':*`).join(" & ");
}

/**
 * The full-text search filter on comparisons (alias `c`): a SQL condition with one `?` and its
 * parameter, or null when the text has no words. Title and source text, every word a prefix, case
 * and accents ignored, in both databases:
 * - SQLite: the ComparisonSearch FTS5 table (unicode61, diacritics removed), keyed by Comparison's rowid;
 * - PostgreSQL: search.comparison, a tsvector per comparison under a GIN index, built with the
 *   search.parallax configuration (simple + unaccent). Both are kept current by triggers
 *   (the SQLite and PostgreSQL migrations named comparison_search), outside what Prisma models.
 */
export function searchCondition(dialect: Dialect, text: string): { sql: string; param: string } | null {
  if (dialect === "postgresql") {
    const query = tsQuery(text);
    return query ? { sql: `c."id" IN (SELECT comparison_id FROM search.comparison WHERE document @@ to_tsquery('search.parallax', ?))`, param: query } : null;
  }
  const query = ftsQuery(text);
  return query ? { sql: `c.rowid IN (SELECT rowid FROM "ComparisonSearch" WHERE "ComparisonSearch" MATCH ?)`, param: query } : null;
}
