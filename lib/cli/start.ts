/**
 * `npm start`: migrate the database (on PostgreSQL under an advisory lock, so machines
 * starting together migrate once), make sure the production build is current, then serve, with
 * ANALYSIS_WORKERS analysis workers beside the web server (default 1). Any failure before serving stops with a clear message and a
 * non-zero exit, never a half-started server.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { persistedSecret } from "../auth-secret";
import { databaseFile, databaseUrl } from "../database-url";
import { dialectOf, redactUrl, type Dialect } from "../persistence/dialect";
import { STARTUP_LOCK_KEY } from "../persistence/locks";
import { poolConfig } from "../persistence/postgres-adapter";
import { CRASH_LIMIT, recordStop } from "./restart-policy";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function fail(message: string): never {
  process.stderr.write(`\nParallax could not start: ${message}\n`);
  process.exit(1);
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) fail(`${what} failed (exit ${result.status ?? result.signal}). See the output above.`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const id = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(id)) return false;
  const built = fs.statSync(id).mtimeMs;
  const sources = Math.max(
    ...["app", "components", "lib", "prisma"].map((d) => newestMtime(path.join(root, d))),
    ...["next.config.ts", "package.json", "instrumentation.ts"].map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)),
  );
  return built > sources;
}

let url: string;
let dialect: Dialect;
try {
  url = databaseUrl();
  dialect = dialectOf(url);
  if (dialect === "postgresql" && !process.env.AUTH_SECRET?.trim()) {
    throw new Error("AUTH_SECRET must be set (32 characters or more, the same on every machine) when DATABASE_URL is a PostgreSQL server.");
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

let firstRun = false;
if (dialect === "postgresql") {
  console.log(`Parallax: database ${redactUrl(url)}`);
  // Machines starting together migrate one at a time: the others wait here, then find nothing to do.
  const lock = new pg.Client(poolConfig(url));
  try {
    await lock.connect();
    await lock.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    run(bin("prisma"), ["migrate", "deploy"], "Applying database migrations");
    const { rows } = await lock.query<{ n: string }>(`SELECT count(*) AS n FROM "User"`);
    firstRun = Number(rows[0]?.n ?? 0) === 0;
    await lock.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK_KEY]);
  } catch (error) {
    fail(`the database at ${redactUrl(url)} cannot be used: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await lock.end().catch(() => undefined);
  }
} else {
  const file = databaseFile(url);
  console.log(`Parallax: database ${file}`);
  run(bin("prisma"), ["migrate", "deploy"], "Applying database migrations");
  try {
    const sqlite = new Database(file, { timeout: 5_000 });
    // WAL is a property of the file and persists; foreign keys are on by default in better-sqlite3 connections.
    sqlite.pragma("journal_mode = WAL");
    sqlite.prepare("SELECT count(*) FROM Comparison").get();
    firstRun = (sqlite.prepare("SELECT count(*) AS n FROM User").get() as { n: number }).n === 0;
    sqlite.close();
  } catch (error) {
    fail(`the database at ${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The session secret exists before the server processes start, so they never race to create it.
  if (!process.env.AUTH_SECRET?.trim()) persistedSecret(path.dirname(file));
}

if (process.env.PARALLAX_SKIP_BUILD !== "1" && !buildIsCurrent()) {
  console.log("Parallax: building the production bundle (first start or code changed)…");
  run(bin("next"), ["build"], "The production build");
}

const port = process.env.PORT?.trim() || "3000";
const childEnv = { ...process.env, DATABASE_URL: url, PORT: port };
const server = spawn(bin("tsx"), [path.join(root, "lib", "cli", "serve.ts")], { stdio: "inherit", env: childEnv });
console.log(`Parallax: serving on http://localhost:${port}`);
if (firstRun) console.log(`Parallax: first run. Open http://localhost:${port}/setup to create the admin account.`);

// Analysis workers beside the web server (ANALYSIS_WORKERS, default 1; 0 on a web-only machine when
// workers run elsewhere with `npm run worker`). One that stops unasked is started again, up to the
// restart policy's limit.
const workerCount = Math.max(0, Math.min(8, Number.parseInt(process.env.ANALYSIS_WORKERS?.trim() || "1", 10) || 0));
const workers = new Set<ChildProcess>();
let stopping = false;
function startWorker(history: number[]): void {
  const worker = spawn(bin("tsx"), ["--conditions=react-server", path.join(root, "lib", "cli", "worker.ts")], { stdio: "inherit", env: childEnv });
  workers.add(worker);
  worker.on("exit", (code, signal) => {
    workers.delete(worker);
    if (stopping) return;
    const stop = recordStop(history, Date.now());
    if (stop.giveUp) {
      console.error(`Parallax: the analysis worker stopped ${CRASH_LIMIT} times in a minute (last: ${signal ?? `exit ${code}`}); not starting it again. Analyses wait in the queue.`);
      return;
    }
    console.error(`Parallax: the analysis worker stopped (${signal ?? `exit ${code}`}); starting it again.`);
    setTimeout(() => startWorker(stop.history), 500);
  });
}
for (let i = 0; i < workerCount; i += 1) startWorker([]);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
    for (const worker of workers) worker.kill(signal);
  });
}
server.on("exit", (code) => {
  stopping = true;
  const left = [...workers];
  if (left.length === 0) process.exit(code ?? 0);
  let remaining = left.length;
  for (const worker of left) {
    worker.once("exit", () => {
      remaining -= 1;
      if (remaining === 0) process.exit(code ?? 0);
    });
    worker.kill("SIGTERM");
  }
  setTimeout(() => process.exit(code ?? 0), 15_000).unref();
});
