import Database from "better-sqlite3";
import pg from "pg";
import { databaseFile } from "@/lib/database-url";
import { numberedPlaceholders } from "@/lib/persistence/raw-read";

/**
 * For tests: run writes on a connection of its own, as another server process would (a second
 * better-sqlite3 connection to the file, or a second PostgreSQL client), outside the app's Prisma client.
 * SQL uses `?` placeholders and double-quoted identifiers.
 */
export async function writeFromAnotherConnection(sql: string, rows: ReadonlyArray<ReadonlyArray<string | number>>): Promise<void> {
  const url = process.env.DATABASE_URL ?? "";
  if (url.startsWith("file:")) {
    const other = new Database(databaseFile(url), { timeout: 5_000 });
    try {
      const statement = other.prepare(sql);
      for (const row of rows) statement.run(...row);
    } finally {
      other.close();
    }
    return;
  }
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    for (const row of rows) await other.query(numberedPlaceholders(sql), [...row]);
  } finally {
    await other.end();
  }
}

/** A child process's script that writes `count` Verification rows, each in its own transaction, on its own connection. */
export function writerScript(url: string, label: string, count: number): string {
  if (url.startsWith("file:")) {
    return `
      const Database = require("better-sqlite3");
      const db = new Database(${JSON.stringify(databaseFile(url))}, { timeout: 5000 });
      const insert = db.prepare("INSERT INTO Verification (id, identifier, value, expiresAt, createdAt, updatedAt) VALUES (?, ?, 'v', 0, 0, 0)");
      for (let i = 0; i < ${count}; i++) db.transaction(() => insert.run(${JSON.stringify(label)} + "-" + i, "load"))();
      db.close();`;
  }
  return `
    const { Client } = require("pg");
    (async () => {
      const db = new Client({ connectionString: ${JSON.stringify(url)} });
      await db.connect();
      for (let i = 0; i < ${count}; i++) {
        await db.query("BEGIN");
        await db.query('INSERT INTO "Verification" ("id", "identifier", "value", "expiresAt", "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now(), now())', [${JSON.stringify(label)} + "-" + i, "load", "v"]);
        await db.query("COMMIT");
      }
      await db.end();
    })().catch((error) => { console.error(error); process.exit(1); });`;
}
