-- AlterTable
ALTER TABLE "Comparison" ADD COLUMN "archivedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Comparison_archivedAt_idx" ON "Comparison"("archivedAt");

-- CreateIndex
CREATE INDEX "Annotation_assigneeId_status_idx" ON "Annotation"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Annotation_status_idx" ON "Annotation"("status");
