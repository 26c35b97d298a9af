-- CreateIndex
CREATE INDEX "Article_workspaceId_title_id_idx" ON "Article"("workspaceId", "title", "id");

-- CreateIndex
CREATE INDEX "Article_workspaceId_publishedAt_id_idx" ON "Article"("workspaceId", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_workspaceId_updatedAt_id_idx" ON "Claim"("workspaceId", "updatedAt", "id");
