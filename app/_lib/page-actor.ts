import { forbidden, notFound, redirect } from "next/navigation";
import { getActor, getSessionUser, type SessionUser } from "@/lib/auth/session";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { can, type Action } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

/** For pages: the actor of the addressed workspace; anonymous → sign-in, not a member → 404. */
export async function pageActor(slug: string): Promise<Actor> {
  try {
    return await getActor(slug);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/signin?callbackUrl=${encodeURIComponent(`/w/${slug}`)}`);
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** For pages: 403 page unless the actor's role allows the action. */
export function pageAuthorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) forbidden();
}

export async function pageUser(callbackUrl: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}
