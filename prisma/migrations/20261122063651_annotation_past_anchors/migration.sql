-- CreateTable
CREATE TABLE "AnnotationPastAnchor" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "anchorState" "AnchorState" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationPastAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnnotationPastAnchor_workspaceId_versionId_idx" ON "AnnotationPastAnchor"("workspaceId", "versionId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnotationPastAnchor_annotationId_versionId_key" ON "AnnotationPastAnchor"("annotationId", "versionId");

-- AddForeignKey
ALTER TABLE "AnnotationPastAnchor" ADD CONSTRAINT "AnnotationPastAnchor_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
