import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * The database a bench runs on: a fresh SQLite file under data/ (the default), or with
 * BENCH_DATABASE_URL=postgres://user@host:port/postgres a fresh PostgreSQL database named after the
 * bench on that server (dropped and created again; psql must be on the PATH). Migrated either way.
 */
export function benchDatabase(name: string): { url: string; dialect: "sqlite" | "postgresql"; label: string } {
  const server = process.env.BENCH_DATABASE_URL?.trim();
  let url: string;
  if (server) {
    const database = `parallax_${name.replace(/-/g, "_")}`;
    for (const sql of [`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`, `CREATE DATABASE "${database}"`]) {
      const done = spawnSync("psql", [server, "-v", "ON_ERROR_STOP=1", "-qc", sql], { encoding: "utf8" });
      if (done.status !== 0) throw new Error(`psql: ${done.stderr}`);
    }
    const parsed = new URL(server);
    parsed.pathname = `/${database}`;
    url = parsed.toString();
  } else {
    const file = path.resolve("data", `${name}.db`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    url = `file:${file}`;
  }
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  if (migrate.status !== 0) throw new Error("migrations failed");
  return { url, dialect: server ? "postgresql" : "sqlite", label: server ? "PostgreSQL" : "SQLite" };
}
