-- Written by hand, as Prisma writes it for SQLite (`prisma migrate diff` cannot run its shadow database
-- on this machine): a deactivation time on User, a revocation time on Invitation, and on AlignmentVeto
-- the ruling a row belongs to and who undid it when (a new foreign key: the table is redefined).

-- AlterTable
ALTER TABLE "User" ADD COLUMN "deactivatedAt" DATETIME;

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN "revokedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AlignmentVeto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "pair" TEXT NOT NULL,
    "ruling" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME,
    "undoneById" TEXT,
    CONSTRAINT "AlignmentVeto_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AlignmentVeto_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AlignmentVeto_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AlignmentVeto" ("comparisonId", "createdAt", "createdById", "id", "pair") SELECT "comparisonId", "createdAt", "createdById", "id", "pair" FROM "AlignmentVeto";
DROP TABLE "AlignmentVeto";
ALTER TABLE "new_AlignmentVeto" RENAME TO "AlignmentVeto";
CREATE INDEX "AlignmentVeto_comparisonId_idx" ON "AlignmentVeto"("comparisonId");
CREATE INDEX "AlignmentVeto_comparisonId_ruling_idx" ON "AlignmentVeto"("comparisonId", "ruling");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
