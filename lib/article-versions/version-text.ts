import { LRUCache } from "lru-cache";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/**
 * The text of an article version, cached per process: versions are immutable
 * (a new import is a new version), so a cached text is never stale. Writes that
 * check a span against the text (creating, re-attaching an annotation) then
 * read ids only, instead of the whole article on every click.
 * Bounded by size: about 64 MB of text (UTF-16: two bytes per code unit).
 */
const texts = new LRUCache<string, string>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (text) => Math.max(1, text.length),
});

/** `workspaceId` scopes the read: another workspace's version is not found, cached or not. */
export async function versionText(tx: Tx, workspaceId: string, versionId: string): Promise<string> {
  const key = `${workspaceId}:${versionId}`;
  const cached = texts.get(key);
  if (cached !== undefined) return cached;
  const version = await tx.articleVersion.findFirst({ where: { id: versionId, workspaceId }, select: { text: true } });
  if (!version) throw new NotFoundError("Article version");
  texts.set(key, version.text);
  return version.text;
}
