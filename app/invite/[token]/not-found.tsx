import Link from "next/link";
import { AuthPage } from "@/app/_components/auth-page";

/** One page for every dead invitation link: unknown, used, revoked, expired or replaced by a newer one. */
export default function DeadInvitationLink() {
  return (
    <AuthPage title="This invitation link is no longer valid">
      <p>It may have expired, been used already, been revoked, or been replaced by a newer invitation email. Ask the workspace&apos;s admin to send the invitation again.</p>
      <p>If you already accepted it, sign in to work in the workspace.</p>
      <Link className="button secondary" href="/signin">
        Sign in
      </Link>
    </AuthPage>
  );
}
