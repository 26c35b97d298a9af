-- The claim search looks for the newest matches in windows of days, as the
-- annotation search does (lib/search/recency-windows.ts, migration
-- …_annotation_search_by_day): a phrase of common words matched 4,000 of the
-- scale bench's 48,000 claims at 100×, all read to sort them by date. The
-- index keys each claim by its words and by its workspace and day
-- ("<workspaceId>/<days since 2000-01-01>"), and as "createdAt" is a timestamp
-- without time zone the key is immutable. It replaces the index on the
-- vector alone, which a GIN index with more columns serves as well.
-- schema.prisma cannot declare an expression index, and Prisma's diff leaves it alone.

-- CreateIndex
CREATE INDEX "Claim_day_searchVector_idx" ON "Claim" USING GIN ((ARRAY["workspaceId" || '/' || (("createdAt"::date - DATE '2000-01-01')::text)]), "searchVector");

-- DropIndex
DROP INDEX "Claim_searchVector_idx";
