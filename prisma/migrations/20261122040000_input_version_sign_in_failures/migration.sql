-- Written by hand: `migrate diff` would rebuild Comparison (new rowids), which would break the
-- ComparisonSearch FTS index and its triggers. ADD COLUMN keeps the table and its rowids.
ALTER TABLE "Comparison" ADD COLUMN "inputVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SignInFailure_key_at_idx" ON "SignInFailure"("key", "at");
