import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env, oidcConfig } from "@/lib/env";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { linkSsoAccount } from "@/lib/auth/link-sso-account";

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

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || null;
}

export function authOptions(): NextAuthOptions {
  return {
    // Credentials sign-in requires JWT sessions in next-auth v4. The token holds
    // only the user id: roles are read from Membership on every request, so a
    // role change or removal takes effect at once.
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    secret: env().NEXTAUTH_SECRET,
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const result = await verifyCredentials(credentials.email, credentials.password, clientIp(req.headers));
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
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
        } else if (user) {
          token.sub = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) session.user.id = token.sub ?? "";
        return session;
      },
    },
  };
}
