/**
 * `npm run backup [-- DEST]`: a consistent online copy of the database. SQLite: the backup API
 * (default data/backups/parallax-<time>.db). PostgreSQL: pg_dump in custom format (default
 * data/backups/parallax-<time>.pgdump; restore with pg_restore, README).
 */
import path from "node:path";
import { databaseFile, databaseUrl } from "../database-url";
import { backupDatabase, backupFileName } from "../maintenance/backup";
import { backupPostgres, postgresBackupFileName } from "../maintenance/postgres-backup";
import { dialectOf, redactUrl } from "../persistence/dialect";

async function main(): Promise<string> {
  const url = databaseUrl();
  if (dialectOf(url) === "postgresql") {
    const destination = process.argv[2] ?? path.resolve("data", "backups", postgresBackupFileName());
    const { bytes } = await backupPostgres(url, destination);
    return `Backed up ${redactUrl(url)} to ${destination} (${Math.round(bytes / 1024)} KB, pg_dump custom format).`;
  }
  const source = databaseFile(url);
  const destination = process.argv[2] ?? path.join(path.dirname(source), "backups", backupFileName());
  const { pages } = await backupDatabase(source, destination);
  return `Backed up ${source} to ${destination} (${pages} pages).`;
}

main()
  .then((message) => console.log(message))
  .catch((error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
