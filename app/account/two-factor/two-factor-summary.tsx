import Link from "next/link";
import { hasTwoFactor } from "@/lib/auth/two-factor/has-two-factor";

/** The account page's line: two-factor on or off, and the way to manage it. */
export async function TwoFactorSummary({ userId }: { userId: string }) {
  const enabled = await hasTwoFactor(userId);
  return (
    <>
      <dt>
        <strong>Two-factor sign-in</strong>
      </dt>
      <dd>
        {enabled ? "On" : "Off"} · <Link href="/account/two-factor">{enabled ? "Manage" : "Set up"}</Link>
      </dd>
    </>
  );
}
