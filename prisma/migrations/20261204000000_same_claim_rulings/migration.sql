-- Written by hand, as Prisma writes it for SQLite: an alignment ruling's kind ("separate": not the
-- same claim, every ruling so far; "join": the same claim).

-- AlterTable
ALTER TABLE "AlignmentVeto" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'separate';
