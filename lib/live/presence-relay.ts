import { formatPresenceMessage, type PresenceMessage } from "@/lib/live/channels";
import { PresenceRegistry, presenceKey, type PresenceViewer } from "@/lib/live/presence-registry";

/** An open article stream with presence, as the relay sees it. */
export interface PresenceStream {
  viewerId: string;
  workspaceId: string;
  userId: string;
  articleId: string;
  name: string;
  onViewers(viewers: PresenceViewer[]): void;
}

export interface PresenceTiming {
  presenceHeartbeatMs: number;
  presenceTtlMs: number;
  presenceSweepMs: number;
}

/**
 * Presence for one app instance (lib/live/README.md, "Presence"): announces
 * this instance's viewers on the presence channel (join, heartbeats, leave),
 * keeps what every instance announced in a PresenceRegistry, and tells local
 * streams who else is on their article. Messages go out through `send` and
 * come back, from every instance including this one, through `receive`.
 */
export class PresenceRelay {
  private readonly registry: PresenceRegistry;
  private readonly byArticle = new Map<string, Set<PresenceStream>>();
  /** this instance's viewers: their join messages, resent as heartbeats */
  private readonly own = new Map<string, PresenceMessage>();
  private readonly pendingAnswers = new Set<string>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly instanceId: string,
    private readonly send: (payload: string) => void,
    private readonly timing: PresenceTiming,
  ) {
    this.registry = new PresenceRegistry(timing.presenceTtlMs);
  }

  start(): void {
    this.every(this.timing.presenceHeartbeatMs, () => {
      for (const join of this.own.values()) this.announce({ ...join, kind: "beat" });
    });
    this.every(this.timing.presenceSweepMs, () => {
      for (const key of this.registry.expire(Date.now())) this.push(key);
    });
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  join(stream: PresenceStream): void {
    const key = presenceKey(stream.workspaceId, stream.articleId);
    const set = this.byArticle.get(key) ?? new Set<PresenceStream>();
    set.add(stream);
    this.byArticle.set(key, set);
    const join: PresenceMessage = {
      kind: "join",
      instanceId: this.instanceId,
      viewerId: stream.viewerId,
      workspaceId: stream.workspaceId,
      articleId: stream.articleId,
      userId: stream.userId,
      name: stream.name,
    };
    this.own.set(stream.viewerId, join);
    stream.onViewers(this.viewersFor(key, stream.userId)); // who is known already; the rest answer the join
    this.announce(join);
  }

  leave(stream: PresenceStream): void {
    const key = presenceKey(stream.workspaceId, stream.articleId);
    const set = this.byArticle.get(key);
    set?.delete(stream);
    if (set?.size === 0) this.byArticle.delete(key);
    const join = this.own.get(stream.viewerId);
    this.own.delete(stream.viewerId);
    if (join) this.announce({ ...join, kind: "leave" });
  }

  /** After this instance's own reconnect: others may have dropped our viewers, and we missed theirs. */
  announceAll(): void {
    for (const join of this.own.values()) this.announce(join);
  }

  receive(message: PresenceMessage): void {
    const key = presenceKey(message.workspaceId, message.articleId);
    if (this.registry.apply(message, Date.now())) this.push(key);
    // A newcomer on another instance does not know who is here yet: answer for ours.
    if (message.kind === "join" && message.instanceId !== this.instanceId && this.byArticle.get(key)?.size)
      this.answerJoin(key);
  }

  /** Heartbeats for this instance's viewers of an article, a little later: one answer for a burst of joins. */
  private answerJoin(key: string): void {
    if (this.pendingAnswers.has(key)) return;
    this.pendingAnswers.add(key);
    setTimeout(() => {
      this.pendingAnswers.delete(key);
      for (const stream of this.byArticle.get(key) ?? []) {
        const join = this.own.get(stream.viewerId);
        if (join) this.announce({ ...join, kind: "beat" });
      }
    }, 20).unref();
  }

  private push(key: string): void {
    for (const stream of this.byArticle.get(key) ?? []) stream.onViewers(this.viewersFor(key, stream.userId));
  }

  private viewersFor(key: string, userId: string): PresenceViewer[] {
    return this.registry.viewers(key).filter((viewer) => viewer.userId !== userId);
  }

  private announce(message: PresenceMessage): void {
    this.send(formatPresenceMessage(message));
  }

  private every(ms: number, run: () => void): void {
    const timer = setInterval(run, ms);
    timer.unref();
    this.timers.push(timer);
  }
}
