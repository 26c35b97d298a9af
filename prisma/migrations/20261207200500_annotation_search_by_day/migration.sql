-- The annotation search looks for the newest matches in windows of days
-- (lib/search/newest-annotation-matches.ts): one GIN scan must intersect the
-- query's words with the window's days. The days are keys of the same GIN
-- index, one per note: its workspace and day ("<workspaceId>/<days since
-- 2000-01-01>"), so a window is a list of this workspace's days (&&) and
-- never reads other workspaces' notes. "createdAt" is a timestamp without
-- time zone (UTC), so the key is immutable. The index replaces the one on the
-- vector alone, which a GIN index with more columns serves as well.
-- schema.prisma cannot declare an expression index, and Prisma's diff leaves it alone.

-- CreateIndex
CREATE INDEX "Annotation_day_searchVector_idx" ON "Annotation" USING GIN ((ARRAY["workspaceId" || '/' || (("createdAt"::date - DATE '2000-01-01')::text)]), "searchVector");

-- DropIndex
DROP INDEX "Annotation_searchVector_idx";
