-- Generated: prisma migrate diff --from-migrations prisma/postgresql/migrations --to-schema-datamodel prisma/postgresql/schema.prisma --script
-- (the PostgreSQL twin of the SQLite migration of the same name)
-- AlterTable
ALTER TABLE "AlignmentVeto" ADD COLUMN     "ruling" TEXT,
ADD COLUMN     "undoneAt" TIMESTAMP(3),
ADD COLUMN     "undoneById" TEXT;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "AlignmentVeto_comparisonId_ruling_idx" ON "AlignmentVeto"("comparisonId", "ruling");

-- AddForeignKey
ALTER TABLE "AlignmentVeto" ADD CONSTRAINT "AlignmentVeto_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

