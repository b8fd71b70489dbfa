/**
 * The production server (started by `npm start` once the database and the
 * build are ready): one Next.js request handler per CPU core, up to 4, all
 * listening on one port through node:cluster. A page render takes one core, so
 * one process would leave the others idle. The primary only supervises: it
 * restarts a worker that dies and stops them all on SIGINT/SIGTERM; once they have
 * all stopped it checkpoints the database's write-ahead log into the file, so a
 * clean stop leaves no WAL behind. Worker 1 also loads the sample and resumes
 * interrupted analyses (instrumentation.ts). PARALLAX_WORKERS sets the number of workers.
 */
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";
import { databaseFile, databaseUrl } from "../database-url";
import { checkpointDatabase } from "../maintenance/checkpoint";
import { dialectOf } from "../persistence/dialect";
import { CRASH_LIMIT, recordStop } from "./restart-policy";

const port = Number(process.env.PORT ?? 3000);
const STOP_GRACE_MS = 10_000;

function workerCount(): number {
  const configured = Number(process.env.PARALLAX_WORKERS);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 16);
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

async function serveWorker(): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    // The connecting address, for per-client limits (lib/server/client-address.ts); whatever the client
    // sent under this name is replaced.
    request.headers["x-parallax-client"] = request.socket.remoteAddress ?? "unknown";
    void handle(request, response);
  });
  server.keepAliveTimeout = 5_000;
  server.listen(port);
  const stop = () => {
    // Finish the requests in flight (their writes are committed before they answer), then leave.
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** Leave: after a stop, with every server process gone, fold the WAL into the database first. */
function exitCleanly(code: number): never {
  const url = databaseUrl();
  // PostgreSQL has no file to fold a log into.
  if (dialectOf(url) === "sqlite") checkpoint(url);
  process.exit(code);
}

function checkpoint(url: string): void {
  try {
    const { walBytesBefore } = checkpointDatabase(databaseFile(url));
    if (walBytesBefore > 0) console.log(`Parallax: database checkpointed (${Math.round(walBytesBefore / 1024)} KB of write-ahead log folded in).`);
  } catch (error) {
    // The data is safe in the WAL either way; the next start reads it.
    console.error("Parallax: the database could not be checkpointed at stop:", error instanceof Error ? error.message : error);
  }
}

function supervise(): void {
  const count = workerCount();
  const slots = new Map<number, number>(); // cluster worker id -> slot (1..count)
  const restarts = new Map<number, number[]>(); // slot -> times it stopped unasked
  let stopping = false;
  let exitCode = 0;
  const fork = (slot: number) => {
    const worker = cluster.fork({ PARALLAX_WORKER: String(slot), NODE_ENV: "production" });
    slots.set(worker.id, slot);
  };
  for (let slot = 1; slot <= count; slot += 1) fork(slot);
  cluster.on("exit", (worker, code, signal) => {
    const slot = slots.get(worker.id) ?? 1;
    slots.delete(worker.id);
    if (stopping) {
      if (slots.size === 0) exitCleanly(exitCode);
      return;
    }
    // A process that keeps dying (a broken build, a full disk) is not restarted forever: stop and say so.
    const { history, giveUp } = recordStop(restarts.get(slot) ?? [], Date.now());
    restarts.set(slot, history);
    if (giveUp) {
      console.error(`Parallax: server process ${slot} stopped ${CRASH_LIMIT} times in a minute (last: ${signal ?? `exit ${code}`}); giving up. See the errors above.`);
      stopping = true;
      exitCode = 1;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      setTimeout(() => process.exit(exitCode), STOP_GRACE_MS).unref();
      if (slots.size === 0) process.exit(exitCode);
      return;
    }
    console.error(`Parallax: server process ${slot} stopped (${signal ?? `exit ${code}`}); starting it again.`);
    setTimeout(() => {
      if (!stopping) fork(slot);
    }, 500);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => exitCleanly(exitCode), STOP_GRACE_MS + 1_000).unref();
    });
  }
  console.log(`Parallax: ${count} server process${count === 1 ? "" : "es"} on port ${port}`);
}

if (cluster.isPrimary) supervise();
else await serveWorker();
