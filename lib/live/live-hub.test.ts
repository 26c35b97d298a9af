import { afterEach, describe, expect, it, vi } from "vitest";
import { CHANGE_CHANNEL } from "@/lib/live/channels";
import { LiveHub, type Listener, type LiveChange, type LiveSubscriber } from "@/lib/live/live-hub";
import type { PgListenerOptions } from "@/lib/live/pg-listener";
import type { PresenceViewer } from "@/lib/live/presence-registry";
import type { Topic } from "@/lib/live/topics";

/** PostgreSQL's notification bus in miniature: every listening connection, the sender's own included, gets every message. */
class FakeBus {
  readonly listeners = new Set<FakeListener>();
  deliver(channel: string, payload: string): void {
    for (const listener of this.listeners) queueMicrotask(() => listener.options.onNotification(channel, payload));
  }
  change(workspaceId: string, entityType: string, entityId: string, seq = "1"): void {
    this.deliver(CHANGE_CHANNEL, JSON.stringify({ seq, workspaceId, entityType, entityId, action: "x.changed" }));
  }
}

class FakeListener implements Listener {
  constructor(
    readonly bus: FakeBus,
    readonly options: PgListenerOptions,
  ) {}
  start(): void {
    this.bus.listeners.add(this);
    queueMicrotask(() => this.options.onListening(null));
  }
  whenListening(): Promise<void> {
    return Promise.resolve();
  }
  async notify(channel: string, payload: string): Promise<boolean> {
    if (!this.bus.listeners.has(this)) return false;
    this.bus.deliver(channel, payload);
    return true;
  }
  async stop(): Promise<void> {
    this.bus.listeners.delete(this);
  }
  /** the connection dies without a word (the instance crashed) */
  crash(): void {
    this.bus.listeners.delete(this);
  }
}

const TOPICS: Record<string, Topic[]> = {
  "Annotation:a1": ["article:art1", "claim:c1"],
  "Verdict:v1": ["claim:c1", "review"],
};

const hubs: LiveHub[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(hubs.splice(0).map((hub) => hub.close()));
});

function makeHub(bus: FakeBus, overrides: Partial<ConstructorParameters<typeof LiveHub>[0]> = {}) {
  let listener!: FakeListener;
  const resolveTopics = vi.fn(
    async (_workspaceId: string, refs: readonly { entityType: string; entityId: string }[]) => {
      return new Map(refs.map((r) => [`${r.entityType}:${r.entityId}`, TOPICS[`${r.entityType}:${r.entityId}`] ?? []]));
    },
  );
  const hub = new LiveHub({
    connectionString: "postgresql://unused",
    createListener: (options) => (listener = new FakeListener(bus, options)),
    resolveTopics,
    findChangeActor: async (_workspaceId, seq) => `actor-of-${seq}`,
    log: () => {},
    ...overrides,
  });
  hubs.push(hub);
  return { hub, listener: () => listener, resolveTopics };
}

function subscriber(workspaceId: string, topics: Topic[], userId = "u1") {
  const changes: LiveChange[] = [];
  let resyncs = 0;
  const sub: LiveSubscriber = {
    workspaceId,
    userId,
    topics: new Set(topics),
    onChange: (c) => changes.push(c),
    onResync: () => void resyncs++,
  };
  return { sub, changes, resyncs: () => resyncs };
}

function viewer(workspaceId: string, articleId: string, userId: string, name: string) {
  const seen: PresenceViewer[][] = [];
  const sub: LiveSubscriber = {
    workspaceId,
    userId,
    topics: new Set([`article:${articleId}` as Topic]),
    onChange: () => {},
    onResync: () => {},
    presence: { articleId, name, onViewers: (viewers) => seen.push(viewers) },
  };
  return { sub, names: () => seen.at(-1)?.map((v) => v.name) ?? [] };
}

describe("LiveHub change routing", () => {
  it("sends a change to the streams of its workspace whose topics it touches, with the touched topics only", async () => {
    const bus = new FakeBus();
    const { hub } = makeHub(bus);
    const reader = subscriber("ws1", ["article:art1"]);
    const claimPage = subscriber("ws1", ["claim:c1", "review"]);
    const otherArticle = subscriber("ws1", ["article:art2"]);
    const otherWorkspace = subscriber("ws2", ["article:art1"]);
    for (const s of [reader, claimPage, otherArticle, otherWorkspace]) await hub.subscribe(s.sub);

    bus.change("ws1", "Annotation", "a1", "11");
    await vi.waitFor(() => expect(claimPage.changes).toHaveLength(1));
    expect(reader.changes).toEqual([
      { seq: "11", entityType: "Annotation", entityId: "a1", topics: ["article:art1"], actorId: "actor-of-11" },
    ]);
    expect(claimPage.changes[0]!.topics).toEqual(["claim:c1"]);
    expect(otherArticle.changes).toEqual([]);
    expect(otherWorkspace.changes).toEqual([]);
  });

  it("still sends a change whose actor cannot be looked up, without an actor (the page refetches)", async () => {
    const bus = new FakeBus();
    const { hub } = makeHub(bus, { findChangeActor: async () => Promise.reject(new Error("database down")) });
    const reader = subscriber("ws1", ["article:art1"]);
    await hub.subscribe(reader.sub);
    bus.change("ws1", "Annotation", "a1", "12");
    await vi.waitFor(() => expect(reader.changes).toHaveLength(1));
    expect(reader.changes[0]!.actorId).toBeNull();
  });

  it("does not look a change up when no stream of its workspace is open here", async () => {
    const bus = new FakeBus();
    const { hub, resolveTopics } = makeHub(bus);
    await hub.subscribe(subscriber("ws1", ["review"]).sub);
    bus.change("ws-nobody", "Verdict", "v1");
    bus.change("ws1", "Verdict", "v1");
    await vi.waitFor(() => expect(resolveTopics).toHaveBeenCalledTimes(1));
    expect(resolveTopics.mock.calls[0]![0]).toBe("ws1");
  });

  it("asks the workspace's streams to refetch when it cannot tell which pages a change touches", async () => {
    const bus = new FakeBus();
    const { hub } = makeHub(bus, { resolveTopics: async () => Promise.reject(new Error("database down")) });
    const s = subscriber("ws1", ["article:art1"]);
    const other = subscriber("ws2", ["article:art1"]);
    await hub.subscribe(s.sub);
    await hub.subscribe(other.sub);
    bus.change("ws1", "Annotation", "a1");
    await vi.waitFor(() => expect(s.resyncs()).toBe(1));
    expect(other.resyncs()).toBe(0);
  });

  it("stops sending to a stream once it unsubscribes", async () => {
    const bus = new FakeBus();
    const { hub } = makeHub(bus);
    const s = subscriber("ws1", ["review"]);
    const unsubscribe = await hub.subscribe(s.sub);
    unsubscribe();
    unsubscribe(); // twice is harmless
    expect(hub.subscriberCount).toBe(0);
    bus.change("ws1", "Verdict", "v1");
    await new Promise((r) => setTimeout(r, 10));
    expect(s.changes).toEqual([]);
  });

  it("after a lost LISTEN connection, asks exactly the streams whose topics changed meanwhile to refetch", async () => {
    const bus = new FakeBus();
    const findTouchedTopics = vi.fn(async () => new Map([["ws1", new Set<Topic>(["article:art1"])]]));
    const { hub, listener } = makeHub(bus, { findTouchedTopics });
    const touched = subscriber("ws1", ["article:art1"]);
    const untouched = subscriber("ws1", ["article:art2"]);
    await hub.subscribe(touched.sub);
    await hub.subscribe(untouched.sub);
    const lastListening = new Date("2026-11-22T10:00:00Z");
    listener().options.onListening(lastListening);
    await vi.waitFor(() => expect(touched.resyncs()).toBe(1));
    expect(untouched.resyncs()).toBe(0);
    // from before the loss, by the late-commit window
    const [workspaces, since] = findTouchedTopics.mock.calls[0] as unknown as [string[], Date];
    expect(workspaces).toEqual(["ws1"]);
    expect(since.getTime()).toBe(lastListening.getTime() - 90_000);
  });
});

describe("LiveHub presence", () => {
  it("shows viewers on two instances to each other, and drops one when it leaves", async () => {
    const bus = new FakeBus();
    const a = makeHub(bus).hub;
    const b = makeHub(bus).hub;
    const ana = viewer("ws1", "art1", "u1", "Ana");
    const ben = viewer("ws1", "art1", "u2", "Ben");
    const elsewhere = viewer("ws1", "art2", "u3", "Cleo");
    await a.subscribe(ana.sub);
    await a.subscribe(elsewhere.sub);
    const leave = await b.subscribe(ben.sub);
    await vi.waitFor(() => expect(ana.names()).toEqual(["Ben"]));
    await vi.waitFor(() => expect(ben.names()).toEqual(["Ana"])); // Ben's join was answered by instance A
    expect(elsewhere.names()).toEqual([]);
    leave();
    await vi.waitFor(() => expect(ana.names()).toEqual([]));
  });

  it("forgets the viewers of a crashed instance once their heartbeats stop", async () => {
    vi.useFakeTimers();
    const bus = new FakeBus();
    const a = makeHub(bus, { timing: { presenceHeartbeatMs: 1_000, presenceTtlMs: 3_000, presenceSweepMs: 500 } }).hub;
    const crashing = makeHub(bus, {
      timing: { presenceHeartbeatMs: 1_000, presenceTtlMs: 3_000, presenceSweepMs: 500 },
    });
    const ana = viewer("ws1", "art1", "u1", "Ana");
    const ben = viewer("ws1", "art1", "u2", "Ben");
    await a.subscribe(ana.sub);
    await crashing.hub.subscribe(ben.sub);
    await vi.advanceTimersByTimeAsync(50);
    expect(ana.names()).toEqual(["Ben"]);
    await vi.advanceTimersByTimeAsync(5_000); // heartbeats keep Ben
    expect(ana.names()).toEqual(["Ben"]);
    crashing.listener().crash();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(ana.names()).toEqual(["Ben"]); // not yet: the TTL has not passed
    await vi.advanceTimersByTimeAsync(2_000);
    expect(ana.names()).toEqual([]);
  });

  it("lists a person once and never shows viewers their own name", async () => {
    const bus = new FakeBus();
    const { hub } = makeHub(bus);
    const ana = viewer("ws1", "art1", "u1", "Ana");
    const benTab1 = viewer("ws1", "art1", "u2", "Ben");
    const benTab2 = viewer("ws1", "art1", "u2", "Ben");
    await hub.subscribe(ana.sub);
    await hub.subscribe(benTab1.sub);
    await hub.subscribe(benTab2.sub);
    await vi.waitFor(() => expect(ana.names()).toEqual(["Ben"]));
    await vi.waitFor(() => expect(benTab2.names()).toEqual(["Ana"]));
  });

  it("keeps presence within a workspace", async () => {
    const bus = new FakeBus();
    const { hub } = makeHub(bus);
    const ana = viewer("ws1", "art1", "u1", "Ana");
    const outsider = viewer("ws2", "art1", "u9", "Eve");
    await hub.subscribe(ana.sub);
    await hub.subscribe(outsider.sub);
    await new Promise((r) => setTimeout(r, 30));
    expect(ana.names()).toEqual([]);
    expect(outsider.names()).toEqual([]);
  });
});
