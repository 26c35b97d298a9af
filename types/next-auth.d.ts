import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string };
    /** the UserSession row this browser's JWT names (lib/auth/session.ts checks it on every request) */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** UserSession id, set at sign-in; a token without one counts as signed out */
    sid?: string;
  }
}
