import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { env, oidcConfig } from "@/lib/env";
import { getSessionUser } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";
import { invitationPath } from "@/lib/invitations/invitation-mail";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { AcceptWithPasswordForm } from "./accept-with-password-form";
import { JoinForm } from "./join-form";
import { SignOutAndReturn } from "./sign-out-and-return";
import { AuthPage } from "@/app/_components/auth-page";
import { LocalTime } from "@/app/_components/time/local-time";
import { labelKey } from "@/lib/i18n/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invite");
  return { title: t("title"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationByToken(token);
  if (!invitation) notFound();
  const user = await getSessionUser();
  const sso = oidcConfig(env());
  const here = invitationPath(token);
  const [t, tl] = await Promise.all([getTranslations("auth.invite"), getTranslations("labels")]);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

  return (
    <AuthPage title={t("join", { workspace: invitation.workspace.name })}>
      <p>
        {t.rich("invited", {
          inviter: invitation.inviter ?? t("someAdmin"),
          email: invitation.email,
          workspace: invitation.workspace.name,
          organisation: invitation.workspace.organisationName,
          role: tl(labelKey.role(invitation.role)),
          roleNoun: t(`roleNoun.${invitation.role}`),
          summary: tl(labelKey.roleSummary(invitation.role)),
          strong,
        })}
      </p>
      <p className="muted">{t.rich("expires", { time: () => <LocalTime date={invitation.expiresAt} withZone /> })}</p>
      {user && user.email === invitation.email && <JoinForm token={token} workspaceName={invitation.workspace.name} />}
      {user && user.email !== invitation.email && (
        <>
          <p role="alert" className="alert error">
            {t("wrongAccount", { invited: invitation.email, current: user.email })}
          </p>
          <SignOutAndReturn callbackUrl={here} />
        </>
      )}
      {!user && invitation.account === "sign_in" && (
        <>
          <p>{t("hasAccount", { email: invitation.email })}</p>
          <Link className="button block" href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>
            {t("signInToAccept")}
          </Link>
        </>
      )}
      {!user && invitation.account === "choose_password" && (
        <AcceptWithPasswordForm
          token={token}
          email={invitation.email}
          suggestedName={invitation.name}
          ssoName={sso?.name ?? null}
          callbackUrl={here}
          minPasswordLength={MIN_PASSWORD_LENGTH}
        />
      )}
    </AuthPage>
  );
}
