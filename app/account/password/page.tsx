import type { Metadata } from "next";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { PASSWORD_CHANGE_PATH } from "@/lib/auth/session";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { getAccount } from "@/lib/users/get-account";
import { ChangePasswordForm } from "../change-password-form";

export const metadata: Metadata = { title: "Change your password" };
export const dynamic = "force-dynamic";

/** Where a user with a temporary password is sent after sign-in, from every member page, until it is changed. */
export default async function PasswordPage() {
  const user = await pageUser(PASSWORD_CHANGE_PATH);
  const [workspaces, account] = await Promise.all([findMyWorkspaces(user.id), getAccount(user.id)]);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <h1>{user.mustChangePassword ? "Choose your own password" : "Change your password"}</h1>
        {user.mustChangePassword && (
          <p className="alert info">Your password was set by someone else. Choose your own before you continue: enter the password you were given as the current password.</p>
        )}
        <section className="card" style={{ maxWidth: "36rem" }}>
          <ChangePasswordForm hasPassword={account.hasPassword} continueHref="/" />
        </section>
      </main>
    </>
  );
}
