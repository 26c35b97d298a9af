import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { PASSWORD_CHANGE_PATH } from "@/lib/auth/session";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { getAccount } from "@/lib/users/get-account";
import { ChangePasswordForm } from "../change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.password");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** Where a user with a temporary password is sent after sign-in, from every member page, until it is changed. */
export default async function PasswordPage() {
  const user = await pageUser(PASSWORD_CHANGE_PATH);
  const [workspaces, account, t] = await Promise.all([
    findMyWorkspaces(user.id),
    getAccount(user.id),
    getTranslations("account.password"),
  ]);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <h1>{user.mustChangePassword ? t("chooseOwn") : t("change")}</h1>
        {user.mustChangePassword && <p className="alert info">{t("setBySomeoneElse")}</p>}
        <section className="card" style={{ maxWidth: "36rem" }}>
          <ChangePasswordForm hasPassword={account.hasPassword} continueHref="/" />
        </section>
      </main>
    </>
  );
}
