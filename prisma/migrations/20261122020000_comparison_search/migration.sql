-- Full-text search over comparison titles and source text (FTS5), keyed by Comparison's rowid
-- and kept current by triggers. Prisma does not model virtual tables; lib/server/comparisons/
-- find-comparisons.ts queries it with raw SQL. A later migration that rebuilds the Comparison
-- table (new rowids) must rebuild this index with the backfill below.
CREATE VIRTUAL TABLE "ComparisonSearch" USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "ComparisonSearch" (rowid, title, body)
SELECT c.rowid, c.title, coalesce((SELECT group_concat(s.extractedText, ' ') FROM "Source" s WHERE s.comparisonId = c.id), '')
FROM "Comparison" c;

CREATE TRIGGER "comparison_search_insert" AFTER INSERT ON "Comparison" BEGIN
  INSERT INTO "ComparisonSearch" (rowid, title, body) VALUES (new.rowid, new.title, '');
END;

CREATE TRIGGER "comparison_search_title" AFTER UPDATE OF title ON "Comparison" BEGIN
  UPDATE "ComparisonSearch" SET title = new.title WHERE rowid = new.rowid;
END;

CREATE TRIGGER "comparison_search_delete" AFTER DELETE ON "Comparison" BEGIN
  DELETE FROM "ComparisonSearch" WHERE rowid = old.rowid;
END;

CREATE TRIGGER "source_search_insert" AFTER INSERT ON "Source" BEGIN
  UPDATE "ComparisonSearch"
  SET body = coalesce((SELECT group_concat(s.extractedText, ' ') FROM "Source" s WHERE s.comparisonId = new.comparisonId), '')
  WHERE rowid = (SELECT rowid FROM "Comparison" WHERE id = new.comparisonId);
END;

CREATE TRIGGER "source_search_update" AFTER UPDATE OF extractedText ON "Source" BEGIN
  UPDATE "ComparisonSearch"
  SET body = coalesce((SELECT group_concat(s.extractedText, ' ') FROM "Source" s WHERE s.comparisonId = new.comparisonId), '')
  WHERE rowid = (SELECT rowid FROM "Comparison" WHERE id = new.comparisonId);
END;

CREATE TRIGGER "source_search_delete" AFTER DELETE ON "Source" BEGIN
  UPDATE "ComparisonSearch"
  SET body = coalesce((SELECT group_concat(s.extractedText, ' ') FROM "Source" s WHERE s.comparisonId = old.comparisonId), '')
  WHERE rowid = (SELECT rowid FROM "Comparison" WHERE id = old.comparisonId);
END;
