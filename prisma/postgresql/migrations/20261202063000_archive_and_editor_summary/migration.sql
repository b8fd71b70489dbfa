-- Generated: prisma migrate diff --from-migrations prisma/postgresql/migrations --to-schema-datamodel prisma/postgresql/schema.prisma --script
-- (the PostgreSQL twin of the SQLite migrations comparison_archive and the editor's summary)
-- AlterTable
ALTER TABLE "Comparison" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "editorSummary" TEXT,
ADD COLUMN     "editorSummaryAt" TIMESTAMP(3),
ADD COLUMN     "editorSummaryBy" TEXT;

-- CreateIndex
CREATE INDEX "Annotation_assigneeId_status_idx" ON "Annotation"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Annotation_status_idx" ON "Annotation"("status");

-- CreateIndex
CREATE INDEX "Comparison_archivedAt_idx" ON "Comparison"("archivedAt");

