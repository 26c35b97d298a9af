import type { ConflictKind } from "@/lib/generated/prisma/enums";
import type { ConflictQuestionParams } from "../conflict-question";

/**
 * What a detector found, ready to be stored as a Conflict with its
 * ConflictMembers (one per claim id). Detectors are pure: the use case that
 * stores them upserts on (workspaceId, fingerprint). Detectors see only the
 * claims they are given, so the use case must give them one workspace's
 * claims (through its scope): that is what keeps conflicts inside a workspace.
 */
export interface DetectedConflict {
  kind: ConflictKind;
  /** See conflictFingerprint. */
  fingerprint: string;
  /** Member claims, sorted. */
  claimIds: string[];
  /** The question the conflict asks, in English (englishQuestion of questionParams). */
  question: string;
  /** What the question is made of, for wording it in each viewer's language. */
  questionParams: ConflictQuestionParams;
}
