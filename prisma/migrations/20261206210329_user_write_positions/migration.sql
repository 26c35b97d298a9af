-- CreateTable
CREATE TABLE "UserWritePosition" (
    "userId" TEXT NOT NULL,
    "lsn" pg_lsn NOT NULL,

    CONSTRAINT "UserWritePosition_pkey" PRIMARY KEY ("userId")
);
