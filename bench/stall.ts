/**
 * npm run bench:stall: the production build on a fresh data/bench-stall.db; while a hostile paste
 * (2 x 199,999 letters), a hostile upload (50,000 nested <div>s), a heavy paste (2 x 90,000
 * characters), a heavy upload (12,000 paragraphs) and a large PDF are in flight, times /api/health and
 * the sample comparison page back to back. Loopback only. Prints the figures; asserts nothing.
 * BENCH_SECONDS sets the measuring window (default 20).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { measureStall } from "../lib/testing/stall";
import { waitForHealth } from "../lib/testing/wait-for-health";

const PORT = Number(process.env.BENCH_PORT ?? 3230);
const BASE = `http://127.0.0.1:${PORT}`;
const FILE = path.resolve("data", "bench-stall.db");
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && fs.existsSync(p));

for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(FILE + suffix, { force: true });
const server = spawn(path.resolve("node_modules/.bin/tsx"), ["lib/cli/start.ts"], { env: { ...process.env, DATABASE_URL: `file:${FILE}`, PORT: String(PORT) }, stdio: "ignore", detached: true });

try {
  await waitForHealth(BASE);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  const admin = await browser.newPage({ baseURL: BASE });
  await admin.goto("/setup");
  await admin.getByLabel("Your name").fill("Bench Admin");
  await admin.getByLabel("Email").fill("admin@bench.test");
  await admin.getByLabel(/^Password/).fill("bench-password-1");
  await admin.getByRole("button", { name: "Create the admin account" }).click();
  await admin.getByRole("heading", { name: "Comparisons" }).waitFor();
  await admin.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" }).click();
  await admin.waitForURL(/\/comparisons\/c[a-z0-9]+$/);
  const comparisonPath = new URL(admin.url()).pathname;
  const storageState = await admin.context().storageState();
  // Unloaded first: the same requests, one after another, with nothing else in flight.
  const idle = { health: [] as number[], page: [] as number[] };
  for (let i = 0; i < 20; i += 1) {
    let t = performance.now();
    await admin.request.get("/api/health");
    idle.health.push(performance.now() - t);
    t = performance.now();
    await admin.request.get(comparisonPath);
    idle.page.push(performance.now() - t);
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN);
  console.log(`idle: /api/health p50 ${median(idle.health)} ms, comparison page p50 ${median(idle.page)} ms`);
  const figures = await measureStall({ browser, base: BASE, context: { storageState }, comparisonPath, seconds: Number(process.env.BENCH_SECONDS ?? 20) });
  const line = (name: string, l: { count: number; p50: number; p95: number; max: number }) => `${name}: ${l.count} requests, p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms`;
  console.log(`in flight for ${figures.inFlightSeconds} s:`);
  console.log(`  ${line("/api/health     ", figures.health)}`);
  console.log(`  ${line("comparison page ", figures.comparisonPage)}`);
  for (const [what, outcome] of Object.entries(figures.outcomes)) console.log(`  ${what}: ${outcome}`);
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
