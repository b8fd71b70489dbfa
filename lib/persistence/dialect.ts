/** The two databases Parallax runs on: a local SQLite file (the default) or a PostgreSQL server. */
export type Dialect = "sqlite" | "postgresql";

/** The dialect a DATABASE_URL names: `file:` is SQLite, `postgres://` or `postgresql://` PostgreSQL. */
export function dialectOf(url: string): Dialect {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a SQLite file URL like "file:./data/parallax.db" or a PostgreSQL URL like "postgres://user:password@host:5432/parallax" (got "${redactUrl(url)}").`);
}

/** A database URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}
