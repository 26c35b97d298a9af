import { forbidden, notFound, redirect } from "next/navigation";
import {
  getActor,
  getSessionUser,
  PASSWORD_CHANGE_PATH,
  PasswordChangeRequiredError,
  type SessionUser,
} from "@/lib/auth/session";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { can, type Action } from "@/lib/policy/policy";
import { TWO_FACTOR_SETUP_PATH, TwoFactorRequiredError } from "@/lib/auth/two-factor/two-factor-required";
import type { Actor } from "@/lib/policy/actor";

/** For pages: the actor of the addressed workspace; anonymous → sign-in, not a member → 404. */
export async function pageActor(slug: string): Promise<Actor> {
  try {
    return await getActor(slug);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(`/signin?callbackUrl=${encodeURIComponent(`/w/${slug}`)}`);
    if (error instanceof PasswordChangeRequiredError) redirect(PASSWORD_CHANGE_PATH);
    // the workspace requires two-factor for this role: the set-up page says which workspace and why
    if (error instanceof TwoFactorRequiredError) redirect(TWO_FACTOR_SETUP_PATH);
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
  // a temporary password must be replaced before anything else
  if (user.mustChangePassword && callbackUrl !== PASSWORD_CHANGE_PATH) redirect(PASSWORD_CHANGE_PATH);
  return user;
}
