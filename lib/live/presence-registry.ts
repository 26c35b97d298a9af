import type { PresenceMessage } from "@/lib/live/channels";

/** A person viewing an article, as other members see them. */
export interface PresenceViewer {
  userId: string;
  name: string;
}

interface Entry {
  userId: string;
  name: string;
  expiresAt: number;
}

/** Presence lists are per workspace and article; an id alone could in theory repeat across workspaces. */
export function presenceKey(workspaceId: string, articleId: string): string {
  return `${workspaceId}/${articleId}`;
}

/**
 * Who views which article, as one app instance knows it from the presence
 * channel. Pure: the caller passes the clock. An entry lives `ttlMs` after the
 * last message about it, so viewers of a crashed instance (which never says
 * "leave") disappear once their heartbeats stop.
 */
export class PresenceRegistry {
  private readonly articles = new Map<string, Map<string, Entry>>();

  constructor(private readonly ttlMs: number) {}

  /** Applies one message; true when the people shown for that article changed. */
  apply(message: PresenceMessage, now: number): boolean {
    const key = presenceKey(message.workspaceId, message.articleId);
    const before = this.signature(key);
    const viewers = this.articles.get(key) ?? new Map<string, Entry>();
    if (message.kind === "leave") viewers.delete(message.viewerId);
    else viewers.set(message.viewerId, { userId: message.userId, name: message.name, expiresAt: now + this.ttlMs });
    if (viewers.size === 0) this.articles.delete(key);
    else this.articles.set(key, viewers);
    return this.signature(key) !== before;
  }

  /** Forgets viewers not heard of for `ttlMs`; returns the keys of articles whose people changed. */
  expire(now: number): string[] {
    const changed: string[] = [];
    for (const [key, viewers] of this.articles) {
      const before = this.signature(key);
      for (const [viewerId, entry] of viewers) if (entry.expiresAt <= now) viewers.delete(viewerId);
      if (viewers.size === 0) this.articles.delete(key);
      if (this.signature(key) !== before) changed.push(key);
    }
    return changed;
  }

  /** The people on an article: one entry per user (however many tabs), sorted by name. */
  viewers(key: string): PresenceViewer[] {
    const byUser = new Map<string, PresenceViewer>();
    for (const entry of this.articles.get(key)?.values() ?? [])
      byUser.set(entry.userId, { userId: entry.userId, name: entry.name });
    return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  }

  private signature(key: string): string {
    return JSON.stringify(this.viewers(key));
  }
}
