import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env, oidcConfig } from "@/lib/env";
import { cookies, headers } from "next/headers";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { linkSsoAccount } from "@/lib/auth/link-sso-account";
import { requireSecondFactorAtSignIn } from "@/lib/auth/two-factor/require-second-factor-at-sign-in";
import { signInOriginOf } from "@/lib/auth/sign-in-origin";
import { SIGN_IN_DEVICE_COOKIE, SIGN_IN_DEVICE_MAX_AGE_SECONDS } from "@/lib/auth/sign-in-device";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { startSession } from "@/lib/auth/sessions/start-session";
import { endSession } from "@/lib/auth/sessions/revoke-sessions";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions/session-policy";

export const SSO_PROVIDER_ID = "newsroom-sso";
export const SIGN_IN_PATH = "/signin";

/** Error codes the sign-in page turns into messages. */
export const RATE_LIMITED_ERROR = "RateLimited";

interface SsoProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

function ssoProviders(): OAuthConfig<SsoProfile>[] {
  const config = oidcConfig(env());
  if (!config) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: config.name,
      type: "oauth",
      wellKnown: `${config.issuer}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? p.email ?? null }),
    },
  ];
}

/** This browser signed in to the account: its own sign-in counter from now on (lib/auth/sign-in-device.ts). */
async function rememberSignInDevice(value: string): Promise<void> {
  const secure = (env().NEXTAUTH_URL ?? "").startsWith("https:");
  (await cookies()).set(SIGN_IN_DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: SIGN_IN_DEVICE_MAX_AGE_SECONDS,
  });
}

/** The server-side session row of a new sign-in (its id goes into the JWT as `sid`). */
async function startSessionForRequest(userId: string, method: "password" | "sso"): Promise<string> {
  const request = await headers();
  return startSession({
    userId,
    method,
    userAgent: request.get("user-agent"),
    ipAddress: signInOriginOf(request).address,
  });
}

export function authOptions(): NextAuthOptions {
  return {
    // Credentials sign-in requires JWT sessions in next-auth v4. The token holds
    // only the user id and its UserSession id (`sid`): the session row is
    // checked and roles are read from Membership on every request
    // (lib/auth/session.ts), so sign-out, revocation, a role change or removal
    // take effect at once.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    secret: env().NEXTAUTH_SECRET,
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication code", type: "text" },
        },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const origin = signInOriginOf(req.headers);
          // an account with two-factor on needs its code too (throws TwoFactorRequired / TwoFactorInvalid)
          const secondFactor = (user: { id: string }) =>
            requireSecondFactorAtSignIn(user.id, credentials.email, credentials.code, origin);
          const result = await verifyCredentials(credentials.email, credentials.password, origin, secondFactor);
          if (result.ok) {
            await rememberSignInDevice(result.deviceCookie);
            return { id: result.user.id, email: result.user.email, name: result.user.name };
          }
          if (result.reason === "rate_limited") throw new Error(RATE_LIMITED_ERROR);
          return null;
        },
      }),
      ...ssoProviders(),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== SSO_PROVIDER_ID) return true;
        const p = profile as SsoProfile | undefined;
        // SECURITY: only an address the provider says it verified may be matched
        // to a Factdesk account (a missing claim is not a verification).
        return Boolean(p?.email && p.email_verified === true);
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === SSO_PROVIDER_ID && profile) {
          const p = profile as SsoProfile;
          const linked = await linkSsoAccount({
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email: p.email ?? "",
            name: p.name ?? null,
          });
          token.sub = linked.id;
          token.sid = await startSessionForRequest(linked.id, "sso");
        } else if (user) {
          token.sub = user.id;
          token.sid = await startSessionForRequest(user.id, "password");
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) session.user.id = token.sub ?? "";
        session.sid = token.sid;
        return session;
      },
      // SECURITY: only same-site targets, resolved as a browser would (lib/auth/safe-callback.ts)
      async redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
      },
    },
    events: {
      // sign-out ends the session on the server: the old cookie is worthless from now on
      async signOut({ token }) {
        if (token?.sid) await endSession(token.sid);
      },
    },
  };
}
