/**
 * The stall scenario (issue 15), shared by e2e/stall.spec.ts (which holds a bound) and
 * bench/stall.ts (which prints the figures): while a hostile paste, a hostile upload, a heavy paste,
 * a heavy upload and a large PDF are in flight, how long do /api/health and a comparison page take?
 * Everything it sends is generated here (no shared data).
 */
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";

const WORDS =
  "council budget mayor vote city school road bridge water police fire harbour ferry island port minister river station hospital court judge union strike workers teachers nurses farmers market price tax plan report storm flood power grid train bus airport runway museum library park festival election campaign senator governor agency".split(" ");
const VERBS = "approved rejected delayed announced criticised defended expanded reduced inspected reopened closed funded questioned praised".split(" ");
const PLACES = "Marrow Island|Port Ellis|Dunmore|Kestrel Bay|Alder Vale|Northgate|Brackwater|Saltmarsh".split("|");
const PEOPLE = "Hana Okafor|Tomas Reyes|Ines Marlow|Daniel Kwame|Priya Natarajan|Oskar Lindqvist|Mei Tanaka|Rafael Ortiz".split("|");

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * News-like prose of about `chars` characters: sentences about councils, ferries and strikes, with
 * names, places and figures. Two texts with the same `story` share most of their facts (so the engine
 * aligns them) and differ in their figures and some words (so it flags discrepancies).
 */
export function articleText(chars: number, story: number, outlet: number): string {
  const facts = random(story);
  const wording = random(story * 7919 + outlet);
  const pick = <T>(list: readonly T[], r: () => number) => list[Math.floor(r() * list.length)] as T;
  const sentences: string[] = [];
  let length = 0;
  while (length < chars) {
    const place = pick(PLACES, facts);
    const person = pick(PEOPLE, facts);
    const subject = pick(WORDS, facts);
    const object = pick(WORDS, facts);
    const verb = wording() < 0.85 ? pick(VERBS, facts) : pick(VERBS, wording);
    const figure = Math.floor(facts() * 900) + 10 + (wording() < 0.2 ? Math.floor(wording() * 40) + 1 : 0);
    const sentence =
      facts() < 0.5
        ? `The ${place} ${subject} board ${verb} the ${object} plan worth $${figure} million on ${pick(["Monday", "Tuesday", "Friday"], facts)}, ${person} said.`
        : `${person}, who leads the ${subject} office in ${place}, said ${figure} ${object} workers ${wording() < 0.9 ? "would" : "might"} be affected.`;
    sentences.push(sentence);
    length += sentence.length + 1;
    if (sentences.length % 4 === 0) sentences.push("\n");
  }
  return sentences.join(" ").replace(/ \n /g, "\n\n").slice(0, chars);
}

/** An HTML page of `paragraphs` paragraphs of article text (each one element). */
export function articlePage(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${articleText(90, 40 + (i % 97), i % 3)}</p>`).join("\n");
  return `<!doctype html><html><head><title>Harbour vote</title></head><body><article><h1>Harbour vote</h1>${body}</article></body></html>`;
}

export interface Latencies {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export interface StallFigures {
  health: Latencies;
  comparisonPage: Latencies;
  inFlightSeconds: number;
  outcomes: Record<string, string>;
}

function summary(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: Math.round(sorted[sorted.length - 1] ?? NaN) };
}

async function fillCreateForm(page: Page, title: string, sources: Array<{ outlet: string; text?: string; file?: { name: string; body: string } }>): Promise<void> {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill(title);
  for (const [i, source] of sources.entries()) {
    await page.getByLabel("Outlet").nth(i).fill(source.outlet);
    if (source.file) {
      await page.getByRole("radio", { name: "Upload a file" }).nth(i).check();
      await page.locator(`#file-${i}`).setInputFiles({ name: source.file.name, mimeType: "text/html", buffer: Buffer.from(source.file.body) });
    } else {
      await page.locator(`#text-${i}`).fill(source.text ?? "");
    }
  }
}

/** Submit and wait for the comparison page or the form's message: what the person sees. */
async function submit(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Compare" }).click();
  const alert = page.locator("form p[role=alert]");
  const heading = page.locator("h1");
  await Promise.race([alert.waitFor({ timeout: 240_000 }), page.waitForURL(/\/comparisons\/c[a-z0-9]+$/, { timeout: 240_000 })]);
  if ((await alert.count()) === 0) return `created: ${await heading.first().textContent()}`;
  const reasons = [await alert.first().textContent(), ...(await page.locator("form .field-error").allTextContents())];
  return `refused: ${reasons.map((r) => r?.trim()).filter(Boolean).join(" ").slice(0, 200)}`;
}

/**
 * Sets up a comparison to export (2 x 25,000 characters, analysed before it is saved), then starts
 * the hostile and heavy requests together and, while they are in flight, times /api/health and the
 * given comparison page one request after another until `seconds` have passed. Then waits for every
 * request in flight to finish and reports what each one ended as.
 */
export async function measureStall(options: { browser: Browser; base: string; context: BrowserContextOptions; comparisonPath: string; seconds: number }): Promise<StallFigures> {
  const { browser, base, seconds } = options;
  const context = await browser.newContext({ ...options.context, baseURL: base });
  const setup = await context.newPage();
  await fillCreateForm(setup, "Stall: report", [
    { outlet: "Ledger", text: articleText(25_000, 3, 0) },
    { outlet: "Herald", text: articleText(25_000, 3, 1) },
  ]);
  const reportComparison = await submit(setup);
  const reportUrl = `${new URL(setup.url()).pathname}/report.pdf?appendix=1&status=open&status=confirmed&status=dismissed&status=follow_up`;

  const pages = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
  const [hostilePaste, hostileUpload, heavyPaste, heavyUpload] = pages as [Page, Page, Page, Page];
  await fillCreateForm(hostilePaste, "Stall: hostile paste", [
    { outlet: "A", text: "a".repeat(199_999) },
    { outlet: "B", text: "b".repeat(199_999) },
  ]);
  await fillCreateForm(hostileUpload, "Stall: hostile upload", [
    { outlet: "A", file: { name: "nested.html", body: `<html><body>${"<div>".repeat(50_000)}x${"</div>".repeat(50_000)}</body></html>` } },
    { outlet: "B", text: articleText(2_000, 5, 1) },
  ]);
  await fillCreateForm(heavyPaste, "Stall: heavy paste", [
    { outlet: "Ledger", text: articleText(90_000, 9, 0) },
    { outlet: "Herald", text: articleText(90_000, 9, 1) },
  ]);
  await fillCreateForm(heavyUpload, "Stall: heavy upload", [
    { outlet: "Page", file: { name: "long.html", body: articlePage(12_000) } },
    { outlet: "Herald", text: articleText(3_000, 11, 1) },
  ]);

  const started = performance.now();
  const inFlight: Record<string, Promise<string>> = {
    "hostile paste (2 x 199,999 letters)": submit(hostilePaste),
    "hostile upload (50,000 nested <div>s)": submit(hostileUpload),
    "heavy paste (2 x 90,000 characters)": submit(heavyPaste),
    "heavy upload (12,000 paragraphs)": submit(heavyUpload),
    "large PDF (report with appendix)": context.request.get(reportUrl, { timeout: 300_000 }).then(async (res) => `${res.status()} ${res.headers()["content-type"]} ${(await res.body()).length} bytes`),
  };
  // Timed with this process's own fetch (not through the browser driver, which is busy with the uploads).
  const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");
  const timed = async (path: string, into: number[]) => {
    const t = performance.now();
    const res = await fetch(new URL(path, base), { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    into.push(performance.now() - t);
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  };
  const health: number[] = [];
  const comparison: number[] = [];
  while (performance.now() - started < seconds * 1000) {
    await timed("/api/health", health);
    await timed(options.comparisonPath, comparison);
  }
  const outcomes: Record<string, string> = { "report comparison": reportComparison };
  for (const [name, outcome] of Object.entries(inFlight)) outcomes[name] = await outcome;
  await context.close();
  return { health: summary(health), comparisonPage: summary(comparison), inFlightSeconds: Math.round((performance.now() - started) / 100) / 10, outcomes };
}
