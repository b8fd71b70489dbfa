/** `npm run backup [-- DEST]`: a consistent online copy of the database (default data/backups/parallax-<time>.db). */
import path from "node:path";
import { databaseFile, databaseUrl } from "../database-url";
import { backupDatabase, backupFileName } from "../maintenance/backup";

const source = databaseFile(databaseUrl());
const destination = process.argv[2] ?? path.join(path.dirname(source), "backups", backupFileName());
backupDatabase(source, destination)
  .then(({ pages }) => console.log(`Backed up ${source} to ${destination} (${pages} pages).`))
  .catch((error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
