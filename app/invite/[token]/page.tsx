import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { env, oidcConfig } from "@/lib/env";
import { getSessionUser } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";
import { invitationPath } from "@/lib/invitations/invitation-mail";
import { ROLE_LABELS, ROLE_SUMMARIES, roleWithArticle } from "@/lib/members/role-labels";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { AcceptWithPasswordForm } from "./accept-with-password-form";
import { JoinForm } from "./join-form";
import { SignOutAndReturn } from "./sign-out-and-return";
import { AuthPage } from "@/app/_components/auth-page";
import { LocalTime } from "@/app/_components/time/local-time";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationByToken(token);
  if (!invitation) notFound();
  const user = await getSessionUser();
  const sso = oidcConfig(env());
  const here = invitationPath(token);
  const role = ROLE_LABELS[invitation.role];

  return (
    <AuthPage title={<>Join {invitation.workspace.name}</>}>
      <p>
        {invitation.inviter} invited <strong>{invitation.email}</strong> to the workspace <strong>{invitation.workspace.name}</strong> ({invitation.workspace.organisationName}) as{" "}
        <strong>{role}</strong>: {roleWithArticle(invitation.role)} {ROLE_SUMMARIES[invitation.role]}.
      </p>
      <p className="muted">This link works once, until <LocalTime date={invitation.expiresAt} withZone />.</p>
      {user && user.email === invitation.email && <JoinForm token={token} workspaceName={invitation.workspace.name} />}
      {user && user.email !== invitation.email && (
        <>
          <p role="alert" className="alert error">
            This invitation is for {invitation.email}; you are signed in as {user.email}. Sign out, then open the link again to accept it as {invitation.email}.
          </p>
          <SignOutAndReturn callbackUrl={here} />
        </>
      )}
      {!user && invitation.account === "sign_in" && (
        <>
          <p>{invitation.email} already has a Factdesk account. Sign in with it to accept.</p>
          <Link className="button block" href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>
            Sign in to accept
          </Link>
        </>
      )}
      {!user && invitation.account === "choose_password" && <AcceptWithPasswordForm token={token} email={invitation.email} suggestedName={invitation.name} ssoName={sso?.name ?? null} callbackUrl={here} minPasswordLength={MIN_PASSWORD_LENGTH} />}
    </AuthPage>
  );
}
