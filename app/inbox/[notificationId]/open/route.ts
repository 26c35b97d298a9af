import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { MarkNotificationReadInputSchema } from "@/lib/notifications/schemas";
import { personalInbox } from "@/lib/notifications/scope";

/** A path of this site: one slash, then no second slash or backslash (those would name another host). */
const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/;

/**
 * Opening a notification from the inbox: marks it read, then goes to what it
 * is about. A GET, so it works as a plain link (new tab, no JavaScript); the
 * inbox links it with <a>, never a prefetching <Link>. Someone else's
 * notification: 404; signed out: to sign-in, and back here afterwards.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ notificationId: string }> },
): Promise<Response> {
  const { notificationId } = await params;
  const user = await getSessionUser();
  if (!user)
    return redirectTo(`/signin?callbackUrl=${encodeURIComponent(`/inbox/${encodeURIComponent(notificationId)}/open`)}`);
  const input = MarkNotificationReadInputSchema.safeParse({ notificationId });
  if (!input.success) return notFound();
  try {
    const { link } = await markNotificationRead(personalInbox(user.id), input.data);
    return redirectTo(link && SITE_PATH.test(link) ? link : "/inbox");
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

// A relative Location: the browser resolves it against this site, whatever Host the proxy passed.
function redirectTo(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

async function notFound(): Promise<Response> {
  return new Response((await getTranslations("inbox"))("notFound"), {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
