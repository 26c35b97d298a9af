-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "checked" BOOLEAN NOT NULL DEFAULT false;

-- A claim is checked while it has an approved verdict. The repeated-claim check of an import and of the article page
-- compares a text with checked claims only: it found every claim sharing a term with the text and then probed each
-- one's verdicts, about three in four of them in vain at the scale bench's 100× (issue 17). The flag lets a partial
-- index hold the checked claims' vectors alone. A trigger on Verdict keeps it, whatever wrote the verdict (the review
-- use cases, imports, the demo seed, bulk inserts, test factories), in the verdict's own transaction.
-- The claim row is locked before its verdicts are counted: the count is a new statement, so under READ COMMITTED it
-- sees a verdict that another transaction approved while this one waited for the lock.
-- Prisma's WebAssembly engine splits migrations at every semicolon (even inside quotes), so the function body spells
-- its semicolons as the escape \x3B (as in the claim_detection_keys migration).
CREATE FUNCTION "claim_checked_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  claim_ids text[]\x3B
BEGIN
  -- only a change that can make or unmake an approved verdict locks the claim
  IF TG_OP = ''INSERT'' AND NEW.status <> ''APPROVED'' OR TG_OP = ''DELETE'' AND OLD.status <> ''APPROVED''
     OR TG_OP = ''UPDATE'' AND NEW."claimId" = OLD."claimId" AND (NEW.status = ''APPROVED'') = (OLD.status = ''APPROVED'') THEN
    RETURN NULL\x3B
  END IF\x3B
  IF TG_OP = ''INSERT'' THEN
    claim_ids := ARRAY[NEW."claimId"]\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    claim_ids := ARRAY[OLD."claimId"]\x3B
  ELSE
    claim_ids := ARRAY[OLD."claimId", NEW."claimId"]\x3B
  END IF\x3B
  PERFORM 1 FROM "Claim" WHERE id = ANY(claim_ids) ORDER BY id FOR UPDATE\x3B
  UPDATE "Claim" c
     SET checked = EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status = ''APPROVED'')
   WHERE c.id = ANY(claim_ids)
     AND c.checked IS DISTINCT FROM EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status = ''APPROVED'')\x3B
  RETURN NULL\x3B
END';

-- only a change that can make or unmake an approved verdict: a new verdict, a status change, a move to another claim,
-- a deletion (an edit of a verdict's text is a new revision row, not a Verdict update of these columns)
CREATE TRIGGER "Verdict_claim_checked"
  AFTER INSERT OR DELETE OR UPDATE OF status, "claimId" ON "Verdict"
  FOR EACH ROW EXECUTE FUNCTION "claim_checked_refresh"();

-- the claims checked before this migration
UPDATE "Claim" c SET checked = true
 WHERE EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status = 'APPROVED');

-- the live checked claims' vectors: the repeated-claim check's look-up (lib/claims/candidates.ts, checkedOnly)
-- schema.prisma cannot declare a partial index, and Prisma's diff leaves it alone.
CREATE INDEX "Claim_checked_searchVector_idx" ON "Claim" USING GIN ("searchVector") WHERE checked AND "deletedAt" IS NULL;
