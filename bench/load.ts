/**
 * npm run bench:load: the production build under 50 concurrent signed-in readers
 * (comparison pages and the list) while 2 editors annotate. Two phases of
 * 60 s: paced (each reader reads a page for 0.5-1.5 s, then opens the next:
 * busier than any newsroom) and saturation (no pause at all: the capacity).
 * Loopback only. Prints throughput, p50/p95/p99 latency and errors; asserts
 * nothing. BENCH_SECONDS shortens it; BENCH_DATABASE_URL runs it on PostgreSQL (bench/database.ts).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { waitForHealth } from "../lib/testing/wait-for-health";
import { benchDatabase } from "./database";

const PORT = Number(process.env.BENCH_PORT ?? 3220);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PASSWORD = "bench-password-1";
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));

const database = benchDatabase("bench-load");
console.log(`database: ${database.label}`);
const server = spawn(path.resolve("node_modules/.bin/tsx"), ["lib/cli/start.ts"], {
  env: { ...process.env, DATABASE_URL: database.url, PORT: String(PORT), PUBLIC_URL: BASE, AUTH_SECRET: "bench-load-secret-bench-load-secret-0123" },
  stdio: "ignore",
});

try {
  await waitForHealth(BASE);
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
  const editorStats = { ok: 0, errors: 0, latencies: [] as number[], reasons: new Map<string, number>() };
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
        const reason = `${res.status} ${(await res.text()).slice(0, 200)}`;
        editorStats.reasons.set(reason, (editorStats.reasons.get(reason) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const editing = Promise.all(editors.map((cookie, i) => annotate(cookie, fingerprints[i] ?? fingerprints[0] ?? "")));

  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  const summary = (latencies: number[]) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    return `p50 ${pct(sorted, 0.5).toFixed(0)} ms, p95 ${pct(sorted, 0.95).toFixed(0)} ms, p99 ${pct(sorted, 0.99).toFixed(0)} ms, max ${(sorted[sorted.length - 1] ?? NaN).toFixed(0)} ms`;
  };
  const pages = [`/comparisons/${comparisonId}`, "/"];
  const name = (pathname: string) => (pathname === "/" ? "list      " : "comparison");

  /** Saturation: 25 readers on the comparison page and 25 on the list, each asking again the moment a page arrives. */
  const saturation = () =>
    Promise.all(
      pages.map(
        (pathname) =>
          new Promise<{ pathname: string; latencies: number[]; requests: number; failures: number }>((resolve, reject) => {
            const latencies: number[] = [];
            let connection = 0;
            const instance = autocannon(
              {
                url: BASE + pathname,
                connections: 25,
                duration: SECONDS,
                setupClient: (client) => {
                  client.setHeaders({ cookie: readers[connection++ % readers.length] ?? "" });
                },
              },
              (error, result) => (error ? reject(error) : resolve({ pathname, latencies, requests: result.requests.total, failures: result.errors + result.timeouts + result.non2xx })),
            );
            instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
          }),
      ),
    );

  /**
   * Paced: 50 readers, each opening a page (comparison or list, alternately), reading it for
   * 0.5-1.5 s and opening the next; they start at random moments in the first second, as people do.
   */
  const paced = async () => {
    const byPage = new Map(pages.map((p) => [p, { pathname: p, latencies: [] as number[], requests: 0, failures: 0 }]));
    const until = performance.now() + SECONDS * 1000;
    const reader = async (i: number) => {
      await new Promise((r) => setTimeout(r, Math.random() * 1000));
      for (let n = 0; performance.now() < until; n += 1) {
        const pathname = pages[(i + n) % pages.length] ?? "/";
        const stats = byPage.get(pathname);
        if (!stats) continue;
        const started = performance.now();
        try {
          const res = await fetch(BASE + pathname, { headers: { cookie: readers[i % readers.length] ?? "" } });
          await res.arrayBuffer();
          stats.latencies.push(performance.now() - started);
          stats.requests += 1;
          if (!res.ok) stats.failures += 1;
        } catch {
          stats.failures += 1;
        }
        await new Promise((r) => setTimeout(r, 500 + Math.random() * 1000));
      }
    };
    await Promise.all(Array.from({ length: 50 }, (_, i) => reader(i)));
    return [...byPage.values()];
  };

  console.log(`production build, loopback, ${SECONDS} s per phase; 2 editors annotate throughout`);
  const phases = [
    { label: "saturation: 50 readers, no pause between pages (capacity)", run: saturation },
    { label: "paced: 50 readers, each reading a page for 0.5-1.5 s before the next", run: paced },
  ];
  for (const phase of phases) {
    const runs = await phase.run();
    const requests = runs.reduce((n, r) => n + r.requests, 0);
    const failures = runs.reduce((n, r) => n + r.failures, 0);
    console.log(phase.label);
    console.log(`  all pages: ${requests} requests, ${(requests / SECONDS).toFixed(1)} req/s, ${summary(runs.flatMap((r) => r.latencies))}, errors+timeouts+non-2xx ${failures}`);
    for (const r of runs) console.log(`  ${name(r.pathname)}: ${(r.requests / SECONDS).toFixed(1)} req/s, ${summary(r.latencies)}`);
  }
  running = false;
  await editing;
  console.log(`editors: 2 annotating: ${editorStats.ok} changes, ${editorStats.errors} errors, ${summary(editorStats.latencies)}`);
  for (const [reason, n] of editorStats.reasons) console.log(`  error x${n}: ${reason}`);
} finally {
  server.kill("SIGTERM");
}
