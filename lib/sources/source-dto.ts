import type { SourceHealth } from "@/lib/generated/prisma/enums";

export const SOURCE_HEALTHS = ["UNCHECKED", "LIVE", "CHANGED", "DEAD"] as const satisfies readonly SourceHealth[];
/** A source's health, for app/ (which does not import Prisma's types). */
export type { SourceHealth };

/** A preserved source as lists show it (no text). */
export interface SourceSummaryDto {
  id: string;
  url: string;
  title: string | null;
  fetchedAt: Date | null;
  httpStatus: number | null;
  contentType: string | null;
  contentHash: string | null;
  /** why preservation failed so far (while fetchedAt is null) */
  error: string | null;
  attempts: number;
  health: SourceHealth;
  checkedAt: Date | null;
  checkStatus: number | null;
  checkError: string | null;
}

/** One preserved source with its stored copy. */
export interface SourceDto extends SourceSummaryDto {
  text: string | null;
  checkHash: string | null;
  createdAt: Date;
}

export const SOURCE_SUMMARY_SELECT = {
  id: true,
  url: true,
  title: true,
  fetchedAt: true,
  httpStatus: true,
  contentType: true,
  contentHash: true,
  error: true,
  attempts: true,
  health: true,
  checkedAt: true,
  checkStatus: true,
  checkError: true,
} as const;

export const SOURCE_SELECT = { ...SOURCE_SUMMARY_SELECT, text: true, checkHash: true, createdAt: true } as const;
