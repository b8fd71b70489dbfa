-- Source.discarded held the user's overrides; name it for what it is.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" DATETIME,
    "byline" TEXT,
    "dateline" TEXT,
    "headline" TEXT,
    "inputKind" TEXT NOT NULL,
    "rawInput" TEXT NOT NULL,
    "extractedText" TEXT NOT NULL,
    "overrides" TEXT NOT NULL DEFAULT '{"restore":[],"discard":[]}',
    "capturedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The old "discarded" column already held the overrides JSON: carry it over.
INSERT INTO "new_Source" ("byline", "capturedAt", "comparisonId", "dateline", "extractedText", "headline", "id", "inputKind", "outlet", "overrides", "position", "publishedAt", "rawInput", "url") SELECT "byline", "capturedAt", "comparisonId", "dateline", "extractedText", "headline", "id", "inputKind", "outlet", CASE WHEN "discarded" LIKE '{%' THEN "discarded" ELSE '{"restore":[],"discard":[]}' END, "position", "publishedAt", "rawInput", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE INDEX "Source_outlet_idx" ON "Source"("outlet");
CREATE UNIQUE INDEX "Source_comparisonId_position_key" ON "Source"("comparisonId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

