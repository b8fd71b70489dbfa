/**
 * npm run bench:load: the production build under 50 concurrent signed-in readers
 * (comparison pages and the list) for 60 s while 2 editors annotate. Loopback
 * only. Prints throughput, p50/p95/p99 latency and errors; asserts nothing.
 * BENCH_SECONDS shortens the run.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3220);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const FILE = path.resolve("data", "bench-load.db");
const PASSWORD = "bench-password-1";
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(FILE + suffix, { force: true });
const server = spawn(path.resolve("node_modules/.bin/tsx"), ["lib/cli/start.ts"], { env: { ...process.env, DATABASE_URL: `file:${FILE}`, PORT: String(PORT), PUBLIC_URL: BASE }, stdio: "ignore" });

try {
  await waitForServer();
  // Accounts through the real UI: the admin sets up, adds 2 editors and 8 journalists; each signs in once.
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  const admin = await browser.newPage();
  await admin.goto(`${BASE}/setup`);
  await admin.getByLabel("Your name").fill("Bench Admin");
  await admin.getByLabel("Email").fill("admin@bench.test");
  await admin.getByLabel(/^Password/).fill(PASSWORD);
  await admin.getByRole("button", { name: "Create the admin account" }).click();
  await admin.getByRole("heading", { name: "Comparisons" }).waitFor();
  const people = [...["e1", "e2"].map((n) => ({ email: `${n}@bench.test`, role: "editor" })), ...Array.from({ length: 8 }, (_, i) => ({ email: `j${i}@bench.test`, role: "journalist" }))];
  await admin.goto(`${BASE}/admin/users`);
  const add = admin.locator("section[aria-labelledby=add-heading]");
  for (const p of people) {
    await add.getByLabel("Name").fill(p.email);
    await add.getByLabel("Email").fill(p.email);
    await add.getByLabel(/^Initial password/).fill(PASSWORD);
    await add.getByLabel("Role").selectOption(p.role);
    await add.getByRole("button", { name: "Add the person" }).click();
    await add.getByText(`${p.email} can now sign in`).waitFor();
  }
  const cookieFor = async (email: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Comparisons" }).waitFor();
    const cookies = await context.cookies();
    await context.close();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  };
  const readers = await Promise.all(people.filter((p) => p.role === "journalist").map((p) => cookieFor(p.email)));
  const editors = await Promise.all(people.filter((p) => p.role === "editor").map((p) => cookieFor(p.email)));
  await browser.close();

  const list = await (await fetch(`${BASE}/`, { headers: { cookie: readers[0] ?? "" } })).text();
  const comparisonId = /\/comparisons\/(c[a-z0-9]+)/.exec(list)?.[1];
  if (!comparisonId) throw new Error("no comparison on the list");
  const page = await (await fetch(`${BASE}/comparisons/${comparisonId}`, { headers: { cookie: editors[0] ?? "" } })).text();
  const fingerprints = [...new Set([...page.matchAll(/id="d-([0-9a-f]{16})"/g)].map((m) => m[1] ?? ""))];

  // Two editors annotate different discrepancies for the whole run.
  const editorStats = { ok: 0, errors: 0, latencies: [] as number[] };
  let running = true;
  const annotate = async (cookie: string, fingerprint: string) => {
    let version = 0;
    const statuses = ["confirmed", "follow_up", "dismissed", "open"];
    for (let i = 0; running; i += 1) {
      const started = performance.now();
      const body = i % 2 === 0 ? { op: "status", fingerprint, status: statuses[i % 4], expectedVersion: version } : { op: "note", fingerprint, note: `Load note ${i}` };
      const res = await fetch(`${BASE}/api/comparisons/${comparisonId}/annotations`, { method: "POST", headers: { cookie, "content-type": "application/json", origin: BASE }, body: JSON.stringify(body) });
      editorStats.latencies.push(performance.now() - started);
      if (res.ok) {
        editorStats.ok += 1;
        version = ((await res.json()) as { annotation: { version: number } }).annotation.version;
      } else {
        editorStats.errors += 1;
        await res.text();
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const editing = Promise.all(editors.map((cookie, i) => annotate(cookie, fingerprints[i] ?? fingerprints[0] ?? "")));

  let connection = 0;
  const result = await autocannon({
    url: BASE,
    connections: 50,
    duration: SECONDS,
    requests: [{ method: "GET", path: `/comparisons/${comparisonId}` }, { method: "GET", path: "/" }],
    setupClient: (client) => {
      client.setHeaders({ cookie: readers[connection++ % readers.length] ?? "" });
    },
  });
  running = false;
  await editing;
  const sorted = editorStats.latencies.sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]?.toFixed(0) ?? "-";
  console.log(`readers: 50 connections, ${SECONDS} s, comparison page + list (production build, loopback)`);
  console.log(`  requests ${result.requests.total}, throughput ${result.requests.average.toFixed(1)} req/s`);
  console.log(`  latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
  console.log(`editors: 2 annotating: ${editorStats.ok} changes, ${editorStats.errors} errors, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms`);
} finally {
  server.kill("SIGTERM");
}
