import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { test, expect, type APIRequestContext } from "@playwright/test";
import { waitForHealth } from "../lib/testing/wait-for-health";

/**
 * A second server on its own copy of the e2e database is killed (SIGKILL, the
 * whole process group: a crash or a pulled plug) while editors' notes are being
 * written, then started again: every note the server acknowledged is there.
 */
// Beside the main e2e server's port, so two checkouts running their suites at once do not collide.
const PORT = Number(process.env.E2E_DURABILITY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const BASE = `http://localhost:${PORT}`;
const FILE = path.resolve("data", "e2e-durability.db");

/** A consistent copy of the e2e database (the admin account and the sample) for a server this spec stops. */
async function copyE2eDatabase(): Promise<void> {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(FILE + suffix, { force: true });
  const source = new Database(path.resolve("data", "e2e.db"), { readonly: true });
  await source.backup(FILE);
  source.close();
}

function startServer(): ChildProcess {
  // The production build exists already (the main e2e server built it); detached: its own process group.
  return spawn(path.resolve("node_modules/.bin/tsx"), ["lib/cli/start.ts"], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: `file:${FILE}`, PARALLAX_SKIP_BUILD: "1" },
    stdio: "ignore",
    detached: true,
  });
}

function killGroup(server: ChildProcess, signal: NodeJS.Signals): void {
  if (server.pid) {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Stop a server and wait until it has gone, so that the next test's server gets the port: a health
 * check answered by a server still stopping, which then goes, refused the next test's first page.
 */
async function stopAndWait(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<boolean>((resolve) => server.once("exit", () => resolve(true)));
  killGroup(server, "SIGTERM");
  const gone = await Promise.race([exited, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))]);
  if (!gone) killGroup(server, "SIGKILL");
}

async function history(request: APIRequestContext, comparisonId: string, fingerprint: string): Promise<string[]> {
  const res = await request.get(`${BASE}/api/comparisons/${comparisonId}/annotations?fingerprint=${fingerprint}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { annotation: { events: Array<{ note: string | null }> } };
  return body.annotation.events.flatMap((e) => (e.note ? [e.note] : []));
}

test("killing the server mid-write loses no acknowledged decision", async ({ page }) => {
  test.setTimeout(180_000);
  await copyE2eDatabase();

  let server = startServer();
  try {
    await waitForHealth(BASE, 60_000);
    await page.goto(`${BASE}/`);
    await page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" }).click();
    await page.waitForURL(/\/comparisons\/c[a-z0-9]+$/);
    const comparisonId = new URL(page.url()).pathname.split("/").pop() ?? "";
    const fingerprint = ((await page.locator("section[aria-labelledby=discrepancies-heading] button[id^=d-]").first().getAttribute("id")) ?? "").replace(/^d-/, "");
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);

    // Four writers post notes back to back; the server is killed while they are at it.
    const acknowledged: string[] = [];
    let failed = 0;
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; writing; i += 1) {
        const note = `durability ${w}-${i}`;
        try {
          const res = await page.request.post(`${BASE}/api/comparisons/${comparisonId}/annotations`, { data: { op: "note", fingerprint, note }, timeout: 5_000 });
          if (res.status() === 200) acknowledged.push(note);
          else failed += 1;
        } catch {
          failed += 1;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(20);
    killGroup(server, "SIGKILL");
    await new Promise((r) => setTimeout(r, 1_000));
    writing = false;
    await writers;
    expect(failed).toBeGreaterThan(0); // the kill really landed mid-write

    // The file is intact, and after a restart every acknowledged note is in the history.
    const check = new Database(FILE);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();
    server = startServer();
    await waitForHealth(BASE, 60_000);
    const notes = await history(page.request, comparisonId, fingerprint);
    const missing = acknowledged.filter((n) => !notes.includes(n));
    expect(missing).toEqual([]);
    // Nothing was stored twice, and at most the requests in flight at the kill were stored unacknowledged.
    expect(new Set(notes).size).toBe(notes.length);
    expect(notes.length - acknowledged.length).toBeLessThanOrEqual(4);
  } finally {
    await stopAndWait(server);
  }
});

test("a clean stop folds the write-ahead log into the database: no WAL is left beside it", async ({ page }) => {
  test.setTimeout(180_000);
  await copyE2eDatabase();
  const server = startServer();
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  try {
    await waitForHealth(BASE, 60_000);
    await page.goto(`${BASE}/`);
    await page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" }).click();
    await page.waitForURL(/\/comparisons\/c[a-z0-9]+$/);
    const comparisonId = new URL(page.url()).pathname.split("/").pop() ?? "";
    const fingerprint = ((await page.locator("section[aria-labelledby=discrepancies-heading] button[id^=d-]").first().getAttribute("id")) ?? "").replace(/^d-/, "");
    for (let i = 0; i < 30; i += 1) {
      const res = await page.request.post(`${BASE}/api/comparisons/${comparisonId}/annotations`, { data: { op: "note", fingerprint, note: `before the stop ${i}` } });
      expect(res.status()).toBe(200);
    }
    expect(fs.existsSync(`${FILE}-wal`) && fs.statSync(`${FILE}-wal`).size > 0).toBe(true);
  } finally {
    // A clean stop as a service manager or `kill PID` gives it: SIGTERM to the main process, which
    // stops its own server processes. (The whole group at once raced the processes' own handlers on
    // a loaded machine; the crash case is the SIGKILL test above.)
    server.kill("SIGTERM");
  }
  const code = await Promise.race([exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 60_000))]);
  if (code === "timeout") killGroup(server, "SIGKILL");
  expect(code).toBe(0);
  expect(fs.existsSync(`${FILE}-wal`) ? fs.statSync(`${FILE}-wal`).size : 0).toBe(0);
  const check = new Database(FILE, { readonly: true });
  expect(check.prepare(`SELECT count(*) AS n FROM AnnotationEvent WHERE note LIKE 'before the stop %'`).get()).toEqual({ n: 30 });
  check.close();
});
