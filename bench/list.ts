/**
 * npm run bench:list: seed 10,000 comparisons (BASIL's 100 three-outlet stories,
 * repeated) into a separate database (data/bench-list.db, or with BENCH_DATABASE_URL a PostgreSQL
 * database: bench/database.ts), serve the production build on it, and
 * time the list page for common views, signed in as a journalist (a session
 * seeded beside the comparisons, its cookie signed like better-auth's). Prints
 * numbers; stops if a page is not the list (a redirect timed is no measurement).
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { benchDatabase } from "./database";
import { requireData } from "./data";
import { waitForHealth } from "../lib/testing/wait-for-health";

const COMPARISONS = Number(process.env.BENCH_COMPARISONS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const SECRET = crypto.randomBytes(32).toString("base64url");
const TOKEN = crypto.randomBytes(24).toString("base64url");
const COOKIE = `better-auth.session_token=${encodeURIComponent(`${TOKEN}.${crypto.createHmac("sha256", SECRET).update(TOKEN).digest("base64")}`)}`;
const OUTLETS: Record<string, string> = { fox: "Fox News", nyt: "The New York Times", hpo: "HuffPost" };

interface Basil { title: string; source: string; url: string; date: string; "triplet-uuid": string; "body-paragraphs": string[][] }

function stories(): Basil[][] {
  const root = requireData("basil/articles");
  const byStory = new Map<string, Basil[]>();
  for (const year of fs.readdirSync(root).sort()) {
    for (const file of fs.readdirSync(path.join(root, year)).sort()) {
      const a = JSON.parse(fs.readFileSync(path.join(root, year, file), "utf8")) as Basil;
      byStory.set(a["triplet-uuid"], [...(byStory.get(a["triplet-uuid"]) ?? []), a]);
    }
  }
  return [...byStory.values()].filter((s) => s.length === 3);
}

type Value = string | number | boolean | null;

/** Rows written fast and raw: better-sqlite3 in one transaction, or PostgreSQL in multi-row INSERTs. */
async function writer(url: string): Promise<{ insert: (table: string, columns: string[], rows: Value[][]) => Promise<void>; close: () => Promise<void> }> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    db.pragma("journal_mode = WAL");
    return {
      async insert(table, columns, rows) {
        const statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        db.transaction(() => {
          for (const row of rows) statement.run(...row.map((v) => (typeof v === "boolean" ? Number(v) : v)));
        })();
      },
      async close() {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async insert(table, columns, rows) {
      for (let at = 0; at < rows.length; at += 1000) {
        const batch = rows.slice(at, at + 1000);
        const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values}`, batch.flat());
      }
    },
    async close() {
      await client.end();
    },
  };
}

async function seed(url: string): Promise<void> {
  const db = await writer(url);
  const all = stories();
  const comparisons: Value[][] = [];
  const sources: Value[][] = [];
  const discrepancies: Value[][] = [];
  const severities = ["high", "medium", "low"];
  const started = performance.now();
  for (let n = 0; n < COMPARISONS; n += 1) {
    const story = all[n % all.length] ?? [];
    const id = `bench${String(n).padStart(6, "0")}`;
    const when = new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString();
    comparisons.push([id, `${story[0]?.title ?? "Story"} (${Math.floor(n / all.length) + 1})`, false, when, when, "done", 1, "bench"]);
    story.forEach((a, position) => {
      const text = a["body-paragraphs"].map((p) => p.join(" ")).join("\n\n");
      sources.push([`${id}s${position}`, id, position, OUTLETS[a.source] ?? a.source, a.url, new Date(a.date).toISOString(), "paste", text, text, '{"restore":[],"discard":[]}', when]);
    });
    for (let d = 0; d < 12; d += 1) discrepancies.push([`${id}d${d}`, id, `${id}f${d}`, d, "number", severities[d % 3] ?? "low", null, "bench", "[]"]);
  }
  await db.insert("Comparison", ["id", "title", "isSample", "createdAt", "updatedAt", "analysisStatus", "analysisProgress", "engineVersion"], comparisons);
  await db.insert("Source", ["id", "comparisonId", "position", "outlet", "url", "publishedAt", "inputKind", "rawInput", "extractedText", "overrides", "capturedAt"], sources);
  await db.insert("Discrepancy", ["id", "comparisonId", "fingerprint", "ordinal", "type", "severity", "claimGroup", "explanation", "spans"], discrepancies);
  const now = new Date().toISOString();
  await db.insert("User", ["id", "email", "name", "role", "emailVerified", "createdAt", "updatedAt"], [["bench-reader", "reader@bench.test", "Bench Reader", "journalist", false, now, now]]);
  await db.insert("Session", ["id", "expiresAt", "token", "createdAt", "updatedAt", "userId"], [["bench-session", new Date(Date.now() + 13 * 24 * 3600 * 1000).toISOString(), TOKEN, now, now, "bench-reader"]]);
  await db.close();
  console.log(`seeded ${COMPARISONS.toLocaleString("en-US")} comparisons in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function time(label: string, query: string, runs = 15): Promise<void> {
  const samples: number[] = [];
  let rows = "";
  for (let i = 0; i < runs + 2; i += 1) {
    const t = performance.now();
    const res = await fetch(`http://127.0.0.1:${PORT}/${query}`, { headers: { cookie: COOKIE }, redirect: "manual" });
    const html = await res.text();
    if (res.status !== 200 || !html.includes("<h1>Comparisons</h1>")) throw new Error(`/${query} answered ${res.status}, not the list: the bench is not signed in`);
    if (i >= 2) samples.push(performance.now() - t); // two warm-up requests
    rows = /(\d[\d,]*)(?:<!-- -->)? comparisons/.exec(html.replace(/<!-- -->/g, ""))?.[1] ?? "?";
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? 0;
  console.log(`  ${label.padEnd(34)} median ${median.toFixed(0).padStart(4)} ms  p95 ${p95.toFixed(0).padStart(4)} ms  (${rows} matching)`);
}

const database = benchDatabase("bench-list");
await seed(database.url);
const server = spawn(path.resolve("node_modules/.bin/tsx"), ["lib/cli/start.ts"], {
  env: { ...process.env, DATABASE_URL: database.url, PORT: String(PORT), AUTH_SECRET: SECRET, ANALYSIS_WORKERS: "0" },
  stdio: "ignore",
});
try {
  await waitForHealth(`http://127.0.0.1:${PORT}`);
  console.log(`list page on ${COMPARISONS.toLocaleString("en-US")} comparisons, ${database.label} (production build, loopback):`);
  await time("first page, newest first", "");
  await time("page 250", "?page=250");
  await time("sorted by title", "?sort=title&dir=asc");
  await time("outlet filter (Fox News)", "?outlet=Fox%20News");
  await time("search a title word", "?q=Obama");
  await time("search source text (rare phrase)", "?q=filibuster");
  await time("search + outlet + page 3", "?q=Obama&outlet=HuffPost&page=3");
} finally {
  server.kill("SIGTERM");
}
