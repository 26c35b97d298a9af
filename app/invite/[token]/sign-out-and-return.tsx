"use client";

import { signOut } from "next-auth/react";

/** Signs out and comes back to this invitation, to accept it as the invited address. */
export function SignOutAndReturn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <button className="button secondary block" type="button" onClick={() => signOut({ callbackUrl })}>
      Sign out
    </button>
  );
}
