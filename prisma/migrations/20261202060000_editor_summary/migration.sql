-- AlterTable (written by hand: `prisma migrate diff` needs the schema engine binary, which this machine cannot download;
-- this is what it writes for three nullable columns on SQLite)
ALTER TABLE "Comparison" ADD COLUMN "editorSummary" TEXT;
ALTER TABLE "Comparison" ADD COLUMN "editorSummaryAt" DATETIME;
ALTER TABLE "Comparison" ADD COLUMN "editorSummaryBy" TEXT;
