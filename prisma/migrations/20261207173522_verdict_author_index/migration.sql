-- CreateIndex
CREATE INDEX "Verdict_workspaceId_authorId_updatedAt_idx" ON "Verdict"("workspaceId", "authorId", "updatedAt");
