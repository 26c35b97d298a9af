-- AlterTable
ALTER TABLE "Conflict" ADD COLUMN     "questionParams" JSONB;
