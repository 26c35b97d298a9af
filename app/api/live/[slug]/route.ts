import { getActor } from "@/lib/auth/session";
import { statusOf } from "@/lib/http/action-result";
import { openLiveStream } from "@/lib/live/open-live-stream";
import { liveStreamRequestFrom } from "@/lib/live/schemas";

// A long-lived stream per request, held by this instance's LISTEN hub: never static, always Node.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Server-sent events of one workspace (lib/live/README.md):
 * `GET /api/live/<slug>?topic=article:<id>&presence=1&since=<ms>`.
 * Anonymous: 401; not a member: 404; a topic the member cannot see: 404/403.
 * Outside /w/ on purpose: the sign-in redirect of proxy.ts would answer an
 * EventSource with an HTML page instead of a status it understands.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  try {
    const actor = await getActor(slug);
    const input = liveStreamRequestFrom(new URL(request.url), request.headers.get("last-event-id"));
    const stream = await openLiveStream(actor, input, { signal: request.signal });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        // no-transform: compression would buffer the stream; X-Accel-Buffering: nginx would too
        "Cache-Control": "no-cache, no-store, no-transform",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (error) {
    const status = statusOf(error);
    if (status === 500) console.error("[live] could not open a stream", error);
    return new Response(null, { status });
  }
}
