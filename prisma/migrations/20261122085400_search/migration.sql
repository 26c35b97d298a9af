-- Search (lib/search/README.md): PostgreSQL full-text search over articles,
-- annotations and claims, plus trigram look-up of claims.
--
-- Text search configuration "factdesk_search": the language-neutral "simple"
-- dictionary (lower-case, no stemming, no stop words) after "unaccent", so
-- "Kyïv" finds "Kyiv" and "Muller" finds "Müller" in any language. A newsroom
-- writes and quotes in several languages, and one stemmer would mangle the others.
-- Prisma does not model extensions, text search configurations, functions,
-- triggers or generated columns: schema.prisma declares the vector columns as
-- Unsupported("tsvector") (generated ones with @default(dbgenerated())) and
-- their GIN indexes, which is what its diff compares.
-- Prisma's WebAssembly engine splits migrations at every semicolon, even in
-- comments and quotes: the only semicolons here end statements, and function
-- bodies spell theirs as the escape \x3B.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

CREATE TEXT SEARCH CONFIGURATION "factdesk_search" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION "factdesk_search"
  ALTER MAPPING FOR hword, hword_part, word WITH "unaccent", "simple";

-- Weights: A = what a person wrote to describe (title, note, claim
-- statement), B = what it quotes or names (quote, claimant), D = article text.

-- Articles: one vector per article, of its title and its LATEST version's
-- text, on the article row, so a search needs one index and one table, and a
-- text that a newer version corrected away no longer matches. Versions are
-- immutable, so triggers keep it current: on a new version, and on a title
-- change. The text is indexed up to 100,000 characters: a tsvector holds at
-- most 1 MB, and an import of up to 5 MB must never fail because of it.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION "article_search_vector"(title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('factdesk_search'::regconfig, title), 'A')
      || to_tsvector('factdesk_search'::regconfig, left(coalesce(body, ''), 100000));

CREATE FUNCTION "article_version_search"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "Article" a SET "searchVector" = "article_search_vector"(a."title", NEW."text") WHERE a."id" = NEW."articleId" AND NOT EXISTS (SELECT 1 FROM "ArticleVersion" v WHERE v."articleId" = NEW."articleId" AND v."number" > NEW."number")\x3B RETURN NULL\x3B END';

CREATE TRIGGER "ArticleVersion_search"
  AFTER INSERT ON "ArticleVersion"
  FOR EACH ROW EXECUTE FUNCTION "article_version_search"();

CREATE FUNCTION "article_title_search"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN NEW."searchVector" := "article_search_vector"(NEW."title", (SELECT v."text" FROM "ArticleVersion" v WHERE v."articleId" = NEW."id" ORDER BY v."number" DESC LIMIT 1))\x3B RETURN NEW\x3B END';

CREATE TRIGGER "Article_search_insert"
  BEFORE INSERT ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_title_search"();

CREATE TRIGGER "Article_search_title"
  BEFORE UPDATE OF "title" ON "Article"
  FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title") EXECUTE FUNCTION "article_title_search"();

UPDATE "Article" a SET "searchVector" = "article_search_vector"(
  a."title", (SELECT v."text" FROM "ArticleVersion" v WHERE v."articleId" = a."id" ORDER BY v."number" DESC LIMIT 1));

-- Annotations and claims: generated columns.
ALTER TABLE "Annotation" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('factdesk_search'::regconfig, "body"), 'A') ||
    setweight(to_tsvector('factdesk_search'::regconfig, "exact"), 'B')
  ) STORED;

ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('factdesk_search'::regconfig, "statement"), 'A') ||
    setweight(to_tsvector('factdesk_search'::regconfig, coalesce("claimant", '')), 'B')
  ) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex: newest annotations first (search ranks within the newest matches, lib/search/README.md)
CREATE INDEX "Annotation_workspaceId_createdAt_idx" ON "Annotation"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Annotation_searchVector_idx" ON "Annotation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_statement_idx" ON "Claim" USING GIN ("statement" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_claimant_idx" ON "Claim" USING GIN ("claimant" gin_trgm_ops);

-- The outlet filter compares case-insensitively: an expression index (which
-- schema.prisma cannot declare and Prisma's diff leaves alone) gives the
-- planner statistics for it and a way in.
CREATE INDEX "Article_workspaceId_lower_outlet_idx" ON "Article" ("workspaceId", lower("outlet"));
