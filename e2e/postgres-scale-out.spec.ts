import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { test, expect } from "@playwright/test";
import { articleText } from "../lib/testing/stall";
import { waitForHealth } from "../lib/testing/wait-for-health";
import { ADMIN } from "./people";

/**
 * Several machines on one PostgreSQL database (README, "Running on PostgreSQL"): two web servers on
 * different ports and one analysis worker. A comparison created through one server is analysed by the
 * worker, then read, annotated and exported through the other; a re-analysis is asked for, the worker
 * is killed mid-analysis (SIGKILL, its whole process group), a second worker takes the job over after
 * its lease and finishes it, and no decision is lost. Needs E2E_POSTGRES_URL: a PostgreSQL server URL
 * on which the test may create a database (.ci/run starts one); without it the test is skipped, and
 * says so.
 */
const SERVER_URL = process.env.E2E_POSTGRES_URL?.trim() ?? "";
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const A = `http://localhost:${BASE_PORT + 2}`;
const B = `http://localhost:${BASE_PORT + 3}`;
const DATABASE = "parallax_e2e_scale_out";
const AUTH_SECRET = "e2e-scale-out-secret-e2e-scale-out-secret";

function databaseUrl(): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

const env = () => ({
  ...process.env,
  DATABASE_URL: databaseUrl(),
  AUTH_SECRET,
  PARALLAX_SKIP_BUILD: "1",
  PARALLAX_WORKERS: "1",
  ANALYSIS_WORKERS: "0", // web-only machines: the workers run apart
  ANALYSIS_INLINE_MAX_CHARS: "0", // every comparison is analysed by a worker
  ANALYSIS_LEASE_S: "20",
});

function startWeb(port: number): ChildProcess {
  return spawn(path.resolve("node_modules/.bin/tsx"), ["lib/cli/start.ts"], { env: { ...env(), PORT: String(port) }, stdio: "ignore", detached: true });
}

function startWorker(): ChildProcess {
  return spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "lib/cli/worker.ts"], { env: env(), stdio: "ignore", detached: true });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

test.use({ storageState: { cookies: [], origins: [] } });
test.skip(!SERVER_URL, "needs E2E_POSTGRES_URL (a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres); .ci/run provides one");

test("two web servers and a worker on one PostgreSQL database: a killed worker's analysis is finished by another, no decision lost", async ({ page }) => {
  test.setTimeout(600_000);
  for (const sql of [`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`, `CREATE DATABASE "${DATABASE}"`]) {
    const done = spawnSync("psql", [SERVER_URL, "-v", "ON_ERROR_STOP=1", "-qc", sql], { encoding: "utf8" });
    expect(done.status, done.stderr).toBe(0);
  }
  const db = new pg.Client({ connectionString: databaseUrl() });
  const processes: ChildProcess[] = [];
  try {
    // Both machines start at once: migrations run once (advisory lock), the sample is loaded once.
    processes.push(startWeb(BASE_PORT + 2), startWeb(BASE_PORT + 3));
    await Promise.all([waitForHealth(A, 240_000), waitForHealth(B, 240_000)]);
    await db.connect();
    const status = async (id: string) => (await db.query<{ analysisStatus: string }>(`SELECT "analysisStatus" FROM "Comparison" WHERE "id" = $1`, [id])).rows[0]?.analysisStatus;
    await expect.poll(async () => (await db.query(`SELECT 1 FROM "Comparison" WHERE "isSample"`)).rowCount, { timeout: 60_000 }).toBe(1);
    const firstWorker = startWorker();
    processes.push(firstWorker);

    // The admin account, made on server A; the session cookie (one AUTH_SECRET) works on B as well.
    await page.goto(`${A}/setup`);
    await page.getByLabel("Your name").fill(ADMIN.name);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole("button", { name: "Create the admin account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();

    // Created through A: saved with a job, analysed by the worker.
    await page.goto(`${A}/comparisons/new`);
    await page.getByLabel("Title").fill("Harbour strike");
    await page.getByLabel("Outlet").first().fill("Ledger");
    await page.getByLabel("Article text").first().fill(articleText(30_000, 7, 1));
    await page.getByLabel("Outlet").nth(1).fill("Herald");
    await page.getByLabel("Article text").nth(1).fill(articleText(30_000, 7, 2));
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/\/comparisons\/c[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect.poll(() => status(id), { timeout: 180_000 }).toBe("done");

    // Read, annotated and exported through B.
    await page.goto(`${B}/comparisons/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Harbour strike" })).toBeVisible();
    const fingerprint = ((await page.locator("section[aria-labelledby=discrepancies-heading] button[id^=d-]").first().getAttribute("id")) ?? "").replace(/^d-/, "");
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const decided = await page.request.post(`${B}/api/comparisons/${id}/annotations`, { data: { op: "status", fingerprint, status: "confirmed", expectedVersion: 0 } });
    expect(decided.status()).toBe(200);
    expect((await page.request.post(`${B}/api/comparisons/${id}/annotations`, { data: { op: "note", fingerprint, note: "Checked with the port authority." } })).status()).toBe(200);
    const csv = await page.request.get(`${B}/comparisons/${id}/export.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Checked with the port authority.");

    // A re-analysis asked for through B; the worker is killed while it runs; a second one finishes it.
    const before = (await db.query<{ analyzedAt: Date }>(`SELECT "analyzedAt" FROM "Comparison" WHERE "id" = $1`, [id])).rows[0]?.analyzedAt;
    expect((await page.request.post(`${B}/api/comparisons/${id}/reanalyse`, { data: {} })).status()).toBe(200);
    await expect.poll(() => status(id), { timeout: 60_000, intervals: [50] }).toBe("running");
    killGroup(firstWorker, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await status(id)).toBe("running"); // the kill landed mid-analysis
    processes.push(startWorker());
    await expect.poll(() => status(id), { timeout: 240_000 }).toBe("done");
    const after = (await db.query<{ analyzedAt: Date }>(`SELECT "analyzedAt" FROM "Comparison" WHERE "id" = $1`, [id])).rows[0]?.analyzedAt;
    expect(after?.getTime()).toBeGreaterThan(before?.getTime() ?? Infinity);

    // Read through A: the decision and its note are there.
    const res = await page.request.get(`${A}/api/comparisons/${id}/annotations?fingerprint=${fingerprint}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { annotation: { status: string; events: Array<{ note: string | null }> } };
    expect(body.annotation.status).toBe("confirmed");
    expect(body.annotation.events.map((e) => e.note)).toContain("Checked with the port authority.");
  } finally {
    for (const child of processes) killGroup(child, "SIGTERM");
    await db.end().catch(() => undefined);
  }
});
