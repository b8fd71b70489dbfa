import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** pg_dump/pg_restore connection: the URL without its password, which goes in PGPASSWORD (never on a command line). */
export function pgToolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`${command} could not be started (install PostgreSQL's client tools): ${error.message}`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

/**
 * A consistent online copy of a PostgreSQL database with pg_dump (custom format: one snapshot, safe
 * while the app writes; compressed). Restore into an empty database with
 * `pg_restore --no-owner --dbname=postgres://.../parallax FILE` (README, "Running on PostgreSQL").
 */
export async function backupPostgres(url: string, destination: string): Promise<{ bytes: number }> {
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const { dbname, env } = pgToolConnection(url);
  await run("pg_dump", ["--format=custom", "--no-owner", `--file=${destination}`, `--dbname=${dbname}`], env);
  return { bytes: fs.statSync(destination).size };
}

/** Restore a backup made by backupPostgres into an empty database. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = pgToolConnection(url);
  await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${dbname}`, file], env);
}

export function postgresBackupFileName(now = new Date()): string {
  return `parallax-${now.toISOString().replace(/[:.]/g, "-")}.pgdump`;
}
