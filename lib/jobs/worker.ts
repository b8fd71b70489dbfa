/**
 * A job thread: loads the handlers of its group (on first use, or at start for the groups it was
 * asked to warm), says it is ready, then runs one job at a time as the server process sends them.
 * Never imported by server code (it runs under tsx in its own thread; see worker-entry.mjs), so
 * nothing here may import "server-only" modules.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { FromWorker, JobName, ToWorker } from "./definitions";

type Handler = (input: never, progress: (fraction: number) => void) => unknown;

const LOADERS: Record<JobName, () => Promise<Handler>> = {
  analyze: async () => (await import("./handlers/analyze")).analyze,
  "precheck-analysis": async () => (await import("./handlers/analyze")).precheckAnalysis,
  "extract-html": async () => (await import("./handlers/extract-html")).extractHtml,
  "render-pdf": async () => (await import("./handlers/render-pdf")).renderPdf,
};

/** Small work that loads what a job needs (dictionaries, the tokenizer, jsdom, fonts), so the first real job does not pay for it. */
const WARM: Partial<Record<JobName, unknown>> = {
  analyze: { sources: [{ label: "A", text: "The council approved the budget on Tuesday." }, { label: "B", text: "The council passed the budget on Tuesday." }], separate: [] },
  "extract-html": { html: `<html><body><article><p>${"The council approved the budget on Tuesday. ".repeat(10)}</p></article></body></html>` },
};

const port = parentPort;
if (!port) throw new Error("lib/jobs/worker.ts runs only as a worker thread");
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const handlers = new Map<JobName, Handler>();
async function handler(job: JobName): Promise<Handler> {
  let found = handlers.get(job);
  if (!found) {
    found = await LOADERS[job]();
    handlers.set(job, found);
  }
  return found;
}

port.on("message", async ({ id, job, input }: ToWorker) => {
  try {
    const output = await (await handler(job))(input as never, (progress) => send({ id, progress }));
    const pdf = job === "render-pdf" ? (output as { pdf: Uint8Array }).pdf : null;
    send({ id, ok: true, output }, pdf && pdf.buffer instanceof ArrayBuffer && pdf.byteLength === pdf.buffer.byteLength ? [pdf.buffer] : []);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
    send({ id, ok: false, error: { name, message } });
  }
});

for (const job of (workerData as { warm?: JobName[] } | undefined)?.warm ?? []) {
  try {
    const loaded = await handler(job);
    if (WARM[job] !== undefined) await loaded(WARM[job] as never, () => undefined);
  } catch (error) {
    console.error(`Parallax: warming the ${job} job thread failed:`, error);
  }
}
send({ ready: true });
