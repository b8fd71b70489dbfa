import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AnalysisLimitError, checkLimits } from "@/lib/analysis";
import { env } from "@/lib/env";
import { NotAnArticleError } from "@/lib/ingest/html";
import { checkHtmlBudget, checkReportBudget, checkTextBudget } from "./budgets";
import type { FromWorker, JobInput, JobName, JobOutput, ToWorker } from "./definitions";
import { BudgetError } from "./errors";

/**
 * The one way server code runs expensive work: `runJob(name, input)`. Each job's input budgets are
 * checked here first, on the request's thread, in one cheap pass (budgets.ts); then the job runs on a
 * worker thread (node:worker_threads), so the process's event loop keeps answering other requests,
 * and is stopped when it runs past its time budget (the thread is ended and a fresh one started).
 * Jobs of one group share a thread and queue for it: the engine's (analysis) in one, HTML
 * extraction in another, PDF rendering in a third; each thread starts on first use, lives on while
 * used and ends after 10 idle minutes. Errors come back as the classes the callers know
 * (AnalysisLimitError, NotAnArticleError, BudgetError).
 */
export interface RunOptions {
  /** Fraction done, 0..1, as the job reports it (analysis). */
  onProgress?: (fraction: number) => void;
  /** A time budget below the job's own (tests, benches). */
  timeLimitMs?: number;
}

type Group = "engine" | "html" | "pdf";

interface JobSpec<K extends JobName> {
  group: Group;
  timeLimitMs: () => number;
  /** What to say when the time budget runs out. */
  tooSlow: (seconds: number) => string;
  /** Input budgets, checked before the job is queued. */
  check: (input: JobInput<K>) => void;
}

/** The engine's limits and the text budgets, both cheap: what an analysis and its pre-check refuse at once. */
function checkSources(sources: JobInput<"analyze">["sources"]): void {
  checkLimits(sources);
  checkTextBudget(sources);
}

const JOBS: { [K in JobName]: JobSpec<K> } = {
  analyze: {
    group: "engine",
    timeLimitMs: () => env.ANALYSIS_TIME_LIMIT_S * 1000,
    tooSlow: (s) => `The analysis took longer than ${s} s and was stopped. Compare fewer or shorter articles.`,
    check: (input) => checkSources(input.sources),
  },
  "precheck-analysis": {
    group: "engine",
    timeLimitMs: () => 60_000,
    tooSlow: (s) => `Reading these sources took longer than ${s} s and was stopped. Compare fewer or shorter articles.`,
    check: (input) => checkSources(input.sources),
  },
  "extract-html": {
    group: "html",
    timeLimitMs: () => 20_000,
    tooSlow: (s) => `Reading the page took longer than ${s} s and was stopped. Paste the article text instead.`,
    check: (input) => void checkHtmlBudget(input.html),
  },
  "render-pdf": {
    group: "pdf",
    timeLimitMs: () => 180_000,
    tooSlow: (s) => `The report took longer than ${s} s to make and was stopped. Leave out the appendix, or choose fewer statuses.`,
    check: (input) => void checkReportBudget(input.data),
  },
};

/**
 * The job thread's first file, found at run time from the project folder. It runs under tsx, not from
 * the Next.js bundle, so the bundler must not follow it (it would try to bundle tsx and esbuild): the
 * path is computed in a way static analysis does not evaluate.
 */
function entryFile(): string {
  const root = Reflect.apply(process.cwd, process, []) as string;
  return path.join(root, ["lib", "jobs", "worker-entry.mjs"].join(path.sep));
}
const IDLE_MS = 10 * 60 * 1000;
const MEMORY_MB: Record<Group, number> = { engine: 2048, html: 1024, pdf: 1536 };
/** What a new thread of each group loads before it says it is ready. */
const WARM: Record<Group, JobName[]> = { engine: ["analyze"], html: ["extract-html"], pdf: ["render-pdf"] };

interface Pending {
  id: number;
  job: JobName;
  input: unknown;
  timeLimitMs?: number;
  onProgress?: (fraction: number) => void;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

function revive({ name, message }: { name: string; message: string }): Error {
  if (name === "AnalysisLimitError") return new AnalysisLimitError(message);
  if (name === "NotAnArticleError") return new NotAnArticleError(message);
  if (name === "BudgetError") return new BudgetError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

/** One worker thread and its queue. */
class JobThread {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private queue: Pending[] = [];
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly group: Group) {}

  run(pending: Pending): void {
    this.queue.push(pending);
    void this.pump();
  }

  /** Start the thread now (if it is not running), so the first job does not wait for it to load. */
  warm(): void {
    if (this.worker) return;
    this.start().then(
      (worker) => {
        if (!this.current && this.queue.length === 0) this.idleFrom(worker);
      },
      () => this.reset(),
    );
  }

  private idleFrom(worker: Worker | null): void {
    worker?.unref();
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.reset(), IDLE_MS);
    this.idle.unref();
  }

  private start(): Promise<Worker> {
    const worker = new Worker(entryFile(), { resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB[this.group] }, workerData: { warm: WARM[this.group] } });
    this.worker = worker;
    this.ready = new Promise<Worker>((resolve, reject) => {
      worker.once("message", (message: FromWorker) => ("ready" in message ? resolve(worker) : reject(new Error("job thread: unexpected first message"))));
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`job thread exited (${code}) while starting`)));
    });
    worker.on("message", (message: FromWorker) => this.receive(message));
    worker.on("error", (error: unknown) => this.fail(worker, error instanceof Error ? error : new Error(String(error))));
    worker.on("exit", (code) => this.fail(worker, new Error(`The ${this.group} job thread stopped (exit ${code}).`)));
    return this.ready;
  }

  private async pump(): Promise<void> {
    if (this.current || this.queue.length === 0) return;
    const next = this.queue.shift() as Pending;
    this.current = next;
    if (this.idle) clearTimeout(this.idle);
    let worker: Worker;
    try {
      worker = this.worker && this.ready ? await this.ready : await this.start();
    } catch (error) {
      this.reset();
      this.settle(next, () => next.reject(error instanceof Error ? error : new Error(String(error))));
      return;
    }
    worker.ref();
    const spec = JOBS[next.job];
    const limit = Math.min(spec.timeLimitMs(), next.timeLimitMs ?? Infinity);
    this.timer = setTimeout(() => {
      // Over its time budget: end the thread (the only way to stop synchronous work) and start afresh for the next job.
      this.reset();
      this.settle(next, () => next.reject(new BudgetError(spec.tooSlow(Math.max(1, Math.round(limit / 1000))))));
    }, limit);
    worker.postMessage({ id: next.id, job: next.job, input: next.input } satisfies ToWorker);
  }

  private receive(message: FromWorker): void {
    const current = this.current;
    if ("ready" in message || !current || message.id !== current.id) return;
    if ("progress" in message) {
      current.onProgress?.(message.progress);
      return;
    }
    this.settle(current, () => (message.ok ? current.resolve(message.output) : current.reject(revive(message.error))));
  }

  private fail(worker: Worker, error: Error): void {
    if (worker !== this.worker) return; // a thread we already ended
    const current = this.current;
    this.reset();
    if (current) this.settle(current, () => current.reject(error));
  }

  /** End the thread, if any; the next job starts a new one. */
  private reset(): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) void worker.terminate();
  }

  private settle(pending: Pending, done: () => void): void {
    if (this.current !== pending) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    done();
    if (this.queue.length > 0) {
      void this.pump();
      return;
    }
    // Idle: do not keep the process alive for this thread, and end it after a while.
    this.idleFrom(this.worker);
  }
}

const globalJobs = globalThis as unknown as { parallaxJobThreads?: Map<Group, JobThread>; parallaxJobId?: number };

function thread(group: Group): JobThread {
  globalJobs.parallaxJobThreads ??= new Map();
  let found = globalJobs.parallaxJobThreads.get(group);
  if (!found) {
    found = new JobThread(group);
    globalJobs.parallaxJobThreads.set(group, found);
  }
  return found;
}

/** Start the engine and HTML threads ahead of the first request (a server process does this as it starts). */
export function warmJobThreads(): void {
  thread("engine").warm();
  thread("html").warm();
}

/** Run a job off this thread: its input budgets first (throwing BudgetError and friends at once), then the work. */
export function runJob<K extends JobName>(job: K, input: JobInput<K>, options: RunOptions = {}): Promise<JobOutput<K>> {
  try {
    JOBS[job].check(input);
  } catch (error) {
    return Promise.reject(error);
  }
  const id = (globalJobs.parallaxJobId = (globalJobs.parallaxJobId ?? 0) + 1);
  return new Promise<JobOutput<K>>((resolve, reject) => {
    thread(JOBS[job].group).run({ id, job, input, timeLimitMs: options.timeLimitMs, onProgress: options.onProgress, resolve: (output) => resolve(output as JobOutput<K>), reject });
  });
}
