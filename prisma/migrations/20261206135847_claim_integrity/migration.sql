-- CreateEnum
CREATE TYPE "ClaimRelationKind" AS ENUM ('MISQUOTES', 'CONTRADICTS', 'UPDATES', 'TRANSLATION_OF');

-- AlterTable
ALTER TABLE "ClaimAppearance" ADD COLUMN     "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "acknowledgedById" TEXT,
ADD COLUMN     "change" JSONB,
ADD COLUMN     "changedAt" TIMESTAMP(3),
ADD COLUMN     "differenceNote" TEXT,
ADD COLUMN     "differences" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "extraction" JSONB;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "acknowledged" JSONB;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "nameVariants" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "ClaimRelationKind" NOT NULL,
    "fromClaimId" TEXT NOT NULL,
    "toClaimId" TEXT NOT NULL,
    "note" TEXT,
    "language" TEXT,
    "originalWording" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPendingCorrection" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "appearanceId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "correctionId" TEXT,

    CONSTRAINT "ReportPendingCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimRelation_workspaceId_toClaimId_idx" ON "ClaimRelation"("workspaceId", "toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRelation_fromClaimId_toClaimId_kind_key" ON "ClaimRelation"("fromClaimId", "toClaimId", "kind");

-- CreateIndex
CREATE INDEX "ReportPendingCorrection_workspaceId_reportId_resolvedAt_idx" ON "ReportPendingCorrection"("workspaceId", "reportId", "resolvedAt");

-- CreateIndex
CREATE INDEX "ReportPendingCorrection_workspaceId_claimId_idx" ON "ReportPendingCorrection"("workspaceId", "claimId");

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
