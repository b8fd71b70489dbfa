-- Full-text search over comparison titles and source text (the PostgreSQL twin of the SQLite
-- migration of the same name), kept in its own schema, "search", which Prisma neither models nor
-- diffs (prisma migrate diff sees no drift). lib/persistence/search.ts queries it.
-- search.parallax is the simple configuration (no stemming, no stop words) with accents folded by
-- unaccent, as FTS5's unicode61 tokenizer with remove_diacritics does. One tsvector per comparison
-- (title and every source's text, positions stripped to keep large comparisons small) under a GIN
-- index, kept current by triggers. This file runs as one statement batch (one implicit transaction):
-- lib/persistence/postgres-adapter.ts.
CREATE SCHEMA IF NOT EXISTS search;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA search;

CREATE TEXT SEARCH CONFIGURATION search.parallax (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION search.parallax ALTER MAPPING FOR hword, hword_part, word WITH search.unaccent, simple;

CREATE TABLE search.comparison (
  comparison_id text PRIMARY KEY REFERENCES public."Comparison" ("id") ON DELETE CASCADE,
  document tsvector NOT NULL
);
CREATE INDEX comparison_document ON search.comparison USING gin (document);

-- The document of one comparison, rebuilt from its title and sources.
CREATE FUNCTION search.refresh(target text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO search.comparison (comparison_id, document)
  SELECT c."id", strip(to_tsvector('search.parallax', c."title" || ' ' || coalesce(
    (SELECT string_agg(s."extractedText", ' ' ORDER BY s."position") FROM public."Source" s WHERE s."comparisonId" = c."id"), '')))
  FROM public."Comparison" c WHERE c."id" = target
  ON CONFLICT (comparison_id) DO UPDATE SET document = excluded.document;
$$;

CREATE FUNCTION search.comparison_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search.refresh(NEW."id");
  RETURN NULL;
END;
$$;

CREATE FUNCTION search.source_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM search.refresh(OLD."comparisonId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."comparisonId" IS DISTINCT FROM OLD."comparisonId") THEN PERFORM search.refresh(NEW."comparisonId"); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER comparison_search AFTER INSERT OR UPDATE OF "title" ON public."Comparison"
  FOR EACH ROW EXECUTE FUNCTION search.comparison_changed();
CREATE TRIGGER source_search AFTER INSERT OR UPDATE OF "extractedText", "comparisonId" OR DELETE ON public."Source"
  FOR EACH ROW EXECUTE FUNCTION search.source_changed();

SELECT search.refresh(c."id") FROM public."Comparison" c;
