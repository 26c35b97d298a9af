import { readDb } from "@/lib/db/replica";
import { findSnapshotsForUrls, type SnapshotForUrl } from "@/lib/sources/find-snapshots-for-urls";

/** A preserved copy of a cited source, as the public page links it (lib/sources). */
export type SourceCopy = SnapshotForUrl;

/**
 * The preserved copies (fetched snapshots) of these URLs in the workspace, by
 * URL, read wherever the caller's withReplica chose.
 */
export function findSourceCopies(workspaceId: string, urls: string[]): Promise<Map<string, SourceCopy>> {
  return findSnapshotsForUrls(workspaceId, urls, readDb);
}
