import Link from "next/link";
import { AuthPage } from "@/app/_components/auth-page";

/** A used, expired, replaced or unknown setup link, or a server that already has users. */
export default function DeadSetupLink() {
  return (
    <AuthPage title="This setup link is no longer valid">
      <p>It was used, it expired, or the server printed a newer one when it restarted. Once someone has an account, new people join by invitation, or through <code>npm run admin -- create-user</code> on the server.</p>
      <Link className="button secondary" href="/signin">
        Sign in
      </Link>
    </AuthPage>
  );
}
