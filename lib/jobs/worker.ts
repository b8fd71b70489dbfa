/**
 * A job thread: loads the handlers, says it is ready, then runs one job at a time as the server
 * process sends them. Never imported by server code (it runs under tsx in its own thread; see
 * worker-entry.mjs), so nothing here may import "server-only" modules.
 */
import { parentPort } from "node:worker_threads";
import type { FromWorker, JobName, ToWorker } from "./definitions";
import { analyze, precheckAnalysis } from "./handlers/analyze";
import { extractHtml } from "./handlers/extract-html";
import { renderPdf } from "./handlers/render-pdf";

type Handler = (input: never, progress: (fraction: number) => void) => unknown;
const HANDLERS: Record<JobName, Handler> = {
  analyze,
  "precheck-analysis": precheckAnalysis,
  "extract-html": extractHtml,
  "render-pdf": renderPdf,
};

const port = parentPort;
if (!port) throw new Error("lib/jobs/worker.ts runs only as a worker thread");
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on("message", async ({ id, job, input }: ToWorker) => {
  try {
    const output = await HANDLERS[job](input as never, (progress) => send({ id, progress }));
    const pdf = job === "render-pdf" ? (output as { pdf: Uint8Array }).pdf : null;
    send({ id, ok: true, output }, pdf && pdf.buffer instanceof ArrayBuffer && pdf.byteLength === pdf.buffer.byteLength ? [pdf.buffer] : []);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
    send({ id, ok: false, error: { name, message } });
  }
});
send({ ready: true });
