-- CreateIndex
CREATE INDEX "Article_workspaceId_outlet_idx" ON "Article"("workspaceId", "outlet");

-- CreateIndex
CREATE INDEX "Verdict_claimId_status_idx" ON "Verdict"("claimId", "status");
