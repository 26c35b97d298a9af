/**
 * Pure part of the read-replica choice (lib/db/replica.ts): WAL positions and
 * when the replica may answer a read.
 */

/** Where a streaming standby stands: the WAL it has replayed, and how far behind the primary that is. */
export interface ReplicaPosition {
  replayLsn: bigint;
  /** 0 when it has replayed all it received; else the age of the last transaction it replayed */
  lagMs: number;
}

/** A PostgreSQL WAL position ("16/B374D848", the text of a pg_lsn) as a number, for comparing. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/**
 * Whether the replica may answer: it answered at all (null: down, not a
 * standby, or not streaming), lags at most `maxLagMs`, and has replayed the
 * reader's last write (`lastWrite`: null for the public and for someone who
 * has not written since positions were recorded).
 */
export function replicaServes(position: ReplicaPosition | null, lastWrite: bigint | null, maxLagMs: number): boolean {
  if (!position) return false;
  if (!(position.lagMs <= maxLagMs)) return false; // NaN (unknown lag) too
  return lastWrite === null || position.replayLsn >= lastWrite;
}
