/**
 * `npm run worker`: an analysis worker. It takes analysis jobs from the queue (lib/queue: pg-boss on
 * PostgreSQL, the job table on SQLite), one at a time, and runs them (run-analysis.ts, the engine on a
 * job thread). Start as many as the machines have cores to spare; `npm start` starts one beside the
 * web server. SIGTERM/SIGINT: the job in hand finishes, then it leaves; a worker killed outright
 * loses nothing, another takes its job over once the lease has passed.
 */
import { analysisQueue } from "@/lib/queue";
import { runAnalysis } from "@/lib/server/comparisons/run-analysis";

const queue = await analysisQueue({ supervise: true });
const stop = await queue.work(runAnalysis);
console.log(`Parallax: analysis worker ${process.pid} started.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stop()
      .then(() => queue.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error("Parallax: the analysis worker did not stop cleanly:", error);
          process.exit(1);
        },
      );
  });
}
