import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isFirstAdminLinkLive } from "@/lib/auth/first-admin/setup-first-admin";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { SetupForm } from "./setup-form";
import { AuthPage } from "@/app/_components/auth-page";

export const metadata: Metadata = { title: "Set up Factdesk", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await isFirstAdminLinkLive(token))) notFound();
  return (
    <AuthPage title="Set up Factdesk">
      <p>Create the first account, an admin, and its workspace. You then invite the rest of the newsroom by email. This link works once.</p>
      <SetupForm token={token} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthPage>
  );
}
