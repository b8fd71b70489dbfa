-- The PostgreSQL twin of the SQLite migration of the same name: an alignment ruling's kind.
-- AlterTable
ALTER TABLE "AlignmentVeto" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'separate';
