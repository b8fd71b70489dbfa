-- Analysis jobs on SQLite (lib/queue/sqlite-job-table.ts); on PostgreSQL pg-boss keeps them in its own
-- schema. Not a Prisma model: only the SQLite queue reads it, in raw SQL. At most one queued and one
-- active job per comparison (the unique index); an active job holds a lease that its worker renews,
-- and a job whose lease ran out (its worker died) is taken over by another worker. Times are epoch ms.
CREATE TABLE "AnalysisJob" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "comparisonId" TEXT NOT NULL REFERENCES "Comparison" ("id") ON DELETE CASCADE,
  "state" TEXT NOT NULL,
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "runAfter" INTEGER NOT NULL,
  "leaseUntil" INTEGER,
  "worker" TEXT,
  "lastError" TEXT
);
CREATE UNIQUE INDEX "AnalysisJob_comparisonId_state_key" ON "AnalysisJob" ("comparisonId", "state");
CREATE INDEX "AnalysisJob_state_runAfter_idx" ON "AnalysisJob" ("state", "runAfter");

-- Analyses that were pending or running when the in-memory queue of earlier versions stopped: queued.
INSERT INTO "AnalysisJob" ("comparisonId", "state", "runAfter")
SELECT "id", 'queued', 0 FROM "Comparison" WHERE "analysisStatus" IN ('pending', 'running');
