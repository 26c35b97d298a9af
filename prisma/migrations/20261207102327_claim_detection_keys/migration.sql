-- CreateEnum
CREATE TYPE "DetectionKeyKind" AS ENUM ('FIGURE_BUCKET', 'SPEAKER');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "detectionKeysStale" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ClaimDetectionKey" (
    "workspaceId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "kind" "DetectionKeyKind" NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "ClaimDetectionKey_pkey" PRIMARY KEY ("claimId","kind","key")
);

-- CreateIndex
CREATE INDEX "ClaimDetectionKey_workspaceId_kind_key_claimId_idx" ON "ClaimDetectionKey"("workspaceId", "kind", "key", "claimId");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_detectionKeysStale_idx" ON "Claim"("workspaceId", "detectionKeysStale");

-- AddForeignKey
ALTER TABLE "ClaimDetectionKey" ADD CONSTRAINT "ClaimDetectionKey_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keys go stale by themselves: every insert, and every update that changes what the keys are made of (metric, event
-- label, date and place, claimant) or whether the claim is live, marks the claim, whatever wrote the row (the claim use
-- cases, imports, the demo seed, bulk inserts, test factories). The keys' normalization (name spellings, metric
-- synonyms, speaker titles) lives in TypeScript, so no trigger can compute them: the app rewrites the stale claims'
-- keys (lib/conflicts/detect/refresh-detection-keys.ts) in its migrate step (existing claims: every row added above is
-- stale) and at the start of each incremental detection run, inside the run's transaction.
-- Prisma's WebAssembly engine splits migrations at every semicolon (even inside quotes), so the function body spells
-- its semicolons as the escape \x3B (as in the live_notify and audit_hash_chain migrations).
CREATE FUNCTION "claim_detection_keys_stale"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    NEW."detectionKeysStale" := true\x3B
  ELSIF (NEW.metric, NEW."eventLabel", NEW."eventDate", NEW."eventPlace", NEW.claimant, NEW."deletedAt" IS NULL)
        IS DISTINCT FROM (OLD.metric, OLD."eventLabel", OLD."eventDate", OLD."eventPlace", OLD.claimant, OLD."deletedAt" IS NULL)
  THEN
    NEW."detectionKeysStale" := true\x3B
  END IF\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "Claim_detection_keys_stale"
  BEFORE INSERT OR UPDATE OF metric, "eventLabel", "eventDate", "eventPlace", claimant, "deletedAt" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_detection_keys_stale"();
