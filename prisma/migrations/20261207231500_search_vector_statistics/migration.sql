-- The repeated-claim check and the claim suggestions choose the terms they
-- look up from ANALYZE's most common lexemes of these two columns
-- (lib/claims/common-terms.ts). With the default statistics target (100)
-- ANALYZE reads a random sample of 30,000 rows, so two analyses of unchanged
-- data listed different shares, and the findings moved: 3,843 to 4,184
-- "already checked" and disagreement findings over the same 60 articles at
-- the scale bench's 100x (48,462 claims, 50,000 articles). A target of 1000
-- samples 300,000 rows: every row up to that size, read in physical order, so
-- the lexeme statistics depend on the data alone. It also lists up to 10,000
-- lexemes instead of 1,000. ANALYZE of both tables at 100x stays under 3 s.
-- SET STATISTICS takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on.
-- schema.prisma cannot declare a statistics target, and Prisma's diff leaves it alone.

ALTER TABLE "Claim" ALTER COLUMN "searchVector" SET STATISTICS 1000;

ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STATISTICS 1000;
