import { randomUUID } from "node:crypto";
import { directDatabaseUrl } from "@/lib/env";
import {
  CHANGE_CHANNEL,
  PRESENCE_CHANNEL,
  parseChangeNotification,
  parsePresenceMessage,
  type ChangeNotification,
} from "@/lib/live/channels";
import { LATE_COMMIT_WINDOW_MS, findTouchedTopics, type TouchedTopics } from "@/lib/live/find-touched-topics";
import { PgListener, type PgListenerOptions } from "@/lib/live/pg-listener";
import type { PresenceViewer } from "@/lib/live/presence-registry";
import { PresenceRelay, type PresenceStream } from "@/lib/live/presence-relay";
import { entityKey, resolveTopics, type EntityRef } from "@/lib/live/resolve-topics";
import { findChangeActor } from "@/lib/live/find-change-actor";
import type { Topic } from "@/lib/live/topics";

/** A change as a stream sends it: ids only, and which of the stream's topics it touched. */
export interface LiveChange {
  seq: string;
  entityType: string;
  entityId: string;
  topics: Topic[];
  /** who made it (null: unknown, or no person): a page skips refetching what its own actions already answered */
  actorId: string | null;
}

/** One open stream, as the hub sees it. */
export interface LiveSubscriber {
  workspaceId: string;
  userId: string;
  topics: ReadonlySet<Topic>;
  onChange(change: LiveChange): void;
  /** something this stream shows may have changed unseen: its page must refetch */
  onResync(): void;
  /** viewing an article: announced to other viewers; gets the people on it, without its own user */
  presence?: { articleId: string; name: string; onViewers(viewers: PresenceViewer[]): void };
}

export const LIVE_TIMING = {
  /** how long a stream waits for the LISTEN connection before it is refused (the browser retries) */
  listenTimeoutMs: 5_000,
  keepaliveMs: 10_000,
  presenceHeartbeatMs: 10_000,
  /** a viewer not heard of for this long is gone (three missed heartbeats: its instance died) */
  presenceTtlMs: 30_000,
  presenceSweepMs: 2_000,
};
export type LiveTiming = typeof LIVE_TIMING;

/** What the hub needs of its LISTEN connection (PgListener; a fake in unit tests). */
export interface Listener {
  start(): void;
  whenListening(timeoutMs: number): Promise<void>;
  notify(channel: string, payload: string): Promise<boolean>;
  stop(): Promise<void>;
}

export interface LiveHubOptions {
  connectionString: string;
  timing?: Partial<LiveTiming>;
  createListener?: (options: PgListenerOptions) => Listener;
  resolveTopics?: (workspaceId: string, refs: readonly EntityRef[]) => Promise<Map<string, Topic[]>>;
  findTouchedTopics?: (workspaceIds: readonly string[], since: Date) => Promise<TouchedTopics>;
  findChangeActor?: (workspaceId: string, seq: string) => Promise<string | null>;
  log?: (message: string, error?: unknown) => void;
}

interface Subscription extends LiveSubscriber {
  presenceStream: PresenceStream | null;
}

/**
 * One per app instance (see liveHub() and lib/live/README.md): holds the LISTEN
 * connection and fans committed changes and presence out to this instance's
 * open streams. Every instance gets every notification, so it does not matter
 * which instance a browser is connected to.
 */
export class LiveHub {
  readonly instanceId = randomUUID();
  private readonly timing: LiveTiming;
  private readonly listener: Listener;
  private readonly presence: PresenceRelay;
  private readonly byWorkspace = new Map<string, Set<Subscription>>();
  private started = false;
  private readonly resolve: NonNullable<LiveHubOptions["resolveTopics"]>;
  private readonly findTouched: NonNullable<LiveHubOptions["findTouchedTopics"]>;
  private readonly findActor: NonNullable<LiveHubOptions["findChangeActor"]>;
  private readonly log: (message: string, error?: unknown) => void;

  constructor(options: LiveHubOptions) {
    this.timing = { ...LIVE_TIMING, ...options.timing };
    this.resolve = options.resolveTopics ?? resolveTopics;
    this.findTouched = options.findTouchedTopics ?? findTouchedTopics;
    this.findActor = options.findChangeActor ?? findChangeActor;
    this.log = options.log ?? ((message, error) => console.warn(`[live] ${message}`, error ?? ""));
    const listenerOptions: PgListenerOptions = {
      connectionString: options.connectionString,
      channels: [CHANGE_CHANNEL, PRESENCE_CHANNEL],
      keepaliveMs: this.timing.keepaliveMs,
      onNotification: (channel, payload) => this.onNotification(channel, payload),
      onListening: (missedSince) => void this.onListening(missedSince),
      log: this.log,
    };
    this.listener = options.createListener ? options.createListener(listenerOptions) : new PgListener(listenerOptions);
    this.presence = new PresenceRelay(
      this.instanceId,
      (payload) => void this.listener.notify(PRESENCE_CHANNEL, payload),
      this.timing,
    );
  }

  /**
   * Adds a stream once the instance is listening (so nothing committed after
   * this resolves can be missed); returns its unsubscribe function.
   * Rejects when the database cannot be reached in time.
   */
  async subscribe(subscriber: LiveSubscriber): Promise<() => void> {
    this.start();
    await this.listener.whenListening(this.timing.listenTimeoutMs);
    const presenceStream = subscriber.presence
      ? {
          viewerId: randomUUID(),
          workspaceId: subscriber.workspaceId,
          userId: subscriber.userId,
          ...subscriber.presence,
        }
      : null;
    const sub: Subscription = { ...subscriber, presenceStream };
    addTo(this.byWorkspace, sub.workspaceId, sub);
    if (presenceStream) this.presence.join(presenceStream);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      removeFrom(this.byWorkspace, sub.workspaceId, sub);
      if (presenceStream) this.presence.leave(presenceStream);
    };
  }

  /** Streams open on this instance (for tests and diagnostics). */
  get subscriberCount(): number {
    let count = 0;
    for (const subs of this.byWorkspace.values()) count += subs.size;
    return count;
  }

  async close(): Promise<void> {
    this.presence.stop();
    await this.listener.stop();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.listener.start();
    this.presence.start();
  }

  private onNotification(channel: string, payload: string): void {
    if (channel === CHANGE_CHANNEL) {
      const change = parseChangeNotification(payload);
      if (change) void this.routeChange(change);
    } else if (channel === PRESENCE_CHANNEL) {
      const message = parsePresenceMessage(payload);
      if (message) this.presence.receive(message);
    }
  }

  /** SECURITY: a change reaches only streams of its own workspace, and only those whose topics it touches. */
  private async routeChange(change: ChangeNotification): Promise<void> {
    if (!this.byWorkspace.get(change.workspaceId)?.size) return; // nobody here watches that workspace: no lookup
    let topics: Topic[];
    // the actor is looked up beside the topics; without it the page just refetches, as for anyone's change
    const actor = this.findActor(change.workspaceId, change.seq).catch(() => null);
    try {
      topics = (await this.resolve(change.workspaceId, [change])).get(entityKey(change)) ?? [];
    } catch (error) {
      // Cannot tell which pages it touches: every page of the workspace refetches rather than miss it.
      this.log(`could not route change ${change.seq}; asking the workspace's streams to refetch`, error);
      for (const sub of this.byWorkspace.get(change.workspaceId) ?? []) sub.onResync();
      return;
    }
    const actorId = await actor;
    for (const sub of this.byWorkspace.get(change.workspaceId) ?? []) {
      const matched = topics.filter((topic) => sub.topics.has(topic));
      if (matched.length > 0)
        sub.onChange({
          seq: change.seq,
          entityType: change.entityType,
          entityId: change.entityId,
          topics: matched,
          actorId,
        });
    }
  }

  /** LISTEN is active (again). After a loss, catch up on what may have committed meanwhile. */
  private async onListening(missedSince: Date | null): Promise<void> {
    this.presence.announceAll();
    if (!missedSince) return;
    const workspaceIds = [...this.byWorkspace.keys()];
    let touched: TouchedTopics;
    try {
      touched = await this.findTouched(workspaceIds, new Date(missedSince.getTime() - LATE_COMMIT_WINDOW_MS));
    } catch (error) {
      this.log("could not look up changes missed while reconnecting; every stream refetches", error);
      touched = "everything";
    }
    for (const [workspaceId, subs] of this.byWorkspace) {
      const topics = touched === "everything" ? null : touched.get(workspaceId);
      for (const sub of subs) if (topics === null || [...sub.topics].some((t) => topics?.has(t))) sub.onResync();
    }
  }
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}

function removeFrom<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}

const globalForLive = globalThis as unknown as { factdeskLiveHub?: LiveHub };

/** This process's hub, created on first use (Next.js may load this module more than once: keep one). */
export function liveHub(): LiveHub {
  return (globalForLive.factdeskLiveHub ??= new LiveHub({ connectionString: directDatabaseUrl() }));
}
