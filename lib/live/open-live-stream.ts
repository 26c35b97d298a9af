import { db } from "@/lib/db/client";
import { NotFoundError, InvalidInputError, ServiceUnavailableError } from "@/lib/errors";
import { articleScope } from "@/lib/articles/scope";
import { claimScope } from "@/lib/claims/scope";
import { auditEventScope } from "@/lib/audit/scope";
import { conflictScope } from "@/lib/conflicts/scope";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { LATE_COMMIT_WINDOW_MS, findTouchedTopics } from "@/lib/live/find-touched-topics";
import { liveHub, type LiveHub } from "@/lib/live/live-hub";
import { LiveStreamRequestSchema, type LiveStreamRequest } from "@/lib/live/schemas";
import { createSseStream } from "@/lib/live/sse-stream";
import { trackLiveStream } from "@/lib/live/open-streams";
import { isShuttingDown } from "@/lib/ops/shutdown-hooks";
import { splitTopic, type Topic } from "@/lib/live/topics";

/** A comment this often keeps proxies and load balancers from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;
/** How long the browser waits before it reconnects a dropped stream by itself. */
const RETRY_MS = 2_000;
/** A page older than this refetches on connect instead of a search through its changes. */
const MAX_SINCE_AGE_MS = 60 * 60_000;

/**
 * Any member: a server-sent event stream of the changes touching `topics` in
 * the actor's workspace, and with `presence` the people viewing the article.
 * Events carry ids only (lib/live/README.md); the page refetches through its
 * own authorized loaders.
 * SECURITY: each topic is loaded through its workspace scope (another
 * workspace's article or claim: NotFoundError, 404); the review queue needs
 * verdict.readUnapproved (viewers: ForbiddenError, 403). The hub delivers only
 * changes of the actor's workspace.
 */
export async function openLiveStream(
  actor: Actor,
  input: unknown,
  options: { signal?: AbortSignal; hub?: LiveHub } = {},
): Promise<ReadableStream<Uint8Array>> {
  // a stopping instance takes no new streams: 503, and the browser retries (reaching another instance)
  if (isShuttingDown())
    throw new ServiceUnavailableError("This server is restarting. Live updates resume in a moment.");
  authorize(actor, "workspace.read");
  const request = LiveStreamRequestSchema.parse(input);
  await assertTopicsVisible(actor, request.topics);
  const presenceArticleId = request.presence ? presenceArticle(request.topics) : null;
  const name = presenceArticleId ? await displayName(actor.userId) : null;

  let unsubscribe = () => {};
  let untrack = () => {};
  const heartbeat = setInterval(() => sse.comment("heartbeat"), HEARTBEAT_MS);
  heartbeat.unref();
  const sse = createSseStream(() => {
    clearInterval(heartbeat);
    unsubscribe();
    untrack();
  });
  untrack = trackLiveStream(sse); // counted in the metrics, ended on shutdown (lib/live/open-streams.ts)
  options.signal?.addEventListener("abort", () => sse.close(), { once: true });
  sse.send({ retry: RETRY_MS });
  try {
    const subscribed = await (options.hub ?? liveHub()).subscribe({
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      topics: new Set(request.topics),
      onChange: (change) => sse.send({ event: "change", id: change.seq, data: JSON.stringify(change) }),
      onResync: () => sse.send({ event: "resync", data: "{}" }),
      ...(presenceArticleId && name !== null
        ? {
            presence: {
              articleId: presenceArticleId,
              name,
              onViewers: (viewers) => sse.send({ event: "presence", data: JSON.stringify({ viewers }) }),
            },
          }
        : {}),
    });
    // the client may have gone while the subscription was being made
    if (sse.closed) subscribed();
    else unsubscribe = subscribed;
    // Subscribed and listening: anything committed from now on arrives as an event.
    // What committed before but after the page read its data is found here.
    if (await mustRefetch(actor, request)) sse.send({ event: "resync", data: "{}" });
    const latest = await db.auditEvent.aggregate({ where: auditEventScope(actor), _max: { seq: true } });
    // An id, so that the browser's reconnect carries Last-Event-ID and is recognised as one.
    sse.send({ event: "ready", id: String(latest._max.seq ?? 0n), data: "{}" });
  } catch (error) {
    sse.close();
    throw error;
  }
  if (options.signal?.aborted) sse.close();
  return sse.stream;
}

/**
 * A reconnect refetches: `seq` is not commit-ordered, so "replay after
 * Last-Event-ID" could skip a slow transaction's change. A first connect
 * refetches only if something the page shows changed since the page read its
 * data (minus the window in which an older transaction can still commit).
 */
async function mustRefetch(actor: Actor, request: LiveStreamRequest): Promise<boolean> {
  if (request.resume) return true;
  if (request.since === null) return false;
  if (Date.now() - request.since > MAX_SINCE_AGE_MS) return true;
  const touched = await findTouchedTopics([actor.workspaceId], new Date(request.since - LATE_COMMIT_WINDOW_MS));
  if (touched === "everything") return true;
  const topics = touched.get(actor.workspaceId);
  return request.topics.some((topic) => topics?.has(topic));
}

async function assertTopicsVisible(actor: Actor, topics: readonly Topic[]): Promise<void> {
  for (const topic of topics) {
    const [kind, id] = splitTopic(topic);
    if (kind === "review") {
      authorize(actor, "verdict.readUnapproved");
    } else if (kind === "article") {
      authorize(actor, "article.read");
      if (!(await db.article.findFirst({ where: articleScope(actor, id), select: { id: true } })))
        throw new NotFoundError("Article");
    } else if (kind === "claim") {
      authorize(actor, "article.read");
      if (!(await db.claim.findFirst({ where: claimScope(actor, id), select: { id: true } })))
        throw new NotFoundError("Claim");
    } else {
      if (!(await db.conflict.findFirst({ where: conflictScope(actor, id), select: { id: true } })))
        throw new NotFoundError("Conflict");
    }
  }
}

function presenceArticle(topics: readonly Topic[]): string {
  const articles = topics.map(splitTopic).filter(([kind]) => kind === "article");
  if (articles.length !== 1)
    throw new InvalidInputError("Presence needs exactly one article topic.", {
      presence: ["Name exactly one article topic."],
    });
  return articles[0]![1]!;
}

async function displayName(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  return user?.name ?? user?.email ?? "A member";
}
