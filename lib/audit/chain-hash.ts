import { createHash } from "node:crypto";

/**
 * The audit chain's canonical serialization in TypeScript, for the verifier.
 * The database computes the same text in `audit_event_canonical()` (migration
 * 20261206195435_audit_hash_chain) when it inserts an event: the two must agree
 * byte for byte (lib/audit/chain-hash.int.test.ts checks that they do). Change
 * both together, under a new version tag, or every stored hash stops verifying.
 */
export const CANONICAL_VERSION = "factdesk-audit-v1";

/** The prevHash of the first event of a chain. */
export const GENESIS_HASH = "0".repeat(64);

/** What an event's hash covers. */
export interface ChainedEventContent {
  id: string;
  workspaceId: string | null;
  chainSeq: bigint;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  createdAt: Date;
  /**
   * `before` and `after` exactly as PostgreSQL renders the jsonb (`"before"::text`),
   * not re-serialized here: jsonb keeps numbers as written (1.50, 1e-7 as 0.0000001)
   * and sorts keys its own way, which JavaScript cannot reproduce for every value.
   */
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
}

/**
 * `jsonb_build_array('factdesk-audit-v1', id, workspaceId, chainSeq, actorId, action,
 * entityType, entityId, createdAt, before, after, prevHash)::text`: a JSON array with
 * jsonb's ", " separators. JSON.stringify escapes strings as jsonb does (", \ and the
 * control characters; everything else, non-ASCII included, as is).
 */
export function canonicalAuditEvent(event: ChainedEventContent): string {
  const parts = [
    JSON.stringify(CANONICAL_VERSION),
    JSON.stringify(event.id),
    jsonText(event.workspaceId),
    event.chainSeq.toString(),
    jsonText(event.actorId),
    JSON.stringify(event.action),
    JSON.stringify(event.entityType),
    JSON.stringify(event.entityId),
    // the column is timestamp(3) in UTC: ISO 8601 with milliseconds, as to_char(…, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    JSON.stringify(event.createdAt.toISOString()),
    event.beforeJson ?? "null",
    event.afterJson ?? "null",
    JSON.stringify(event.prevHash),
  ];
  return `[${parts.join(", ")}]`;
}

/** SHA-256 of the canonical text's UTF-8 bytes, in lower-case hex (`audit_event_hash()`). */
export function auditEventHash(event: ChainedEventContent): string {
  return createHash("sha256").update(canonicalAuditEvent(event), "utf8").digest("hex");
}

function jsonText(value: string | null): string {
  return value === null ? "null" : JSON.stringify(value);
}
