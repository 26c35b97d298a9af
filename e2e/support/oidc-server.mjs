// A real OpenID Connect provider (oidc-provider) on 127.0.0.1, standing in for
// a newsroom's SSO in e2e tests. Its built-in development login form accepts
// any login name; the account's email is <login>@sso.factdesk.test.
//   OIDC_PORT=4400 APP_URL=http://127.0.0.1:3100 node e2e/support/oidc-server.mjs
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 4400);
const appUrl = process.env.APP_URL ?? "http://127.0.0.1:3100";

export const SSO_EMAIL_DOMAIN = "sso.factdesk.test";

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID ?? "factdesk-e2e",
      client_secret: process.env.OIDC_CLIENT_SECRET ?? "factdesk-e2e-secret",
      redirect_uris: [`${appUrl}/api/auth/callback/newsroom-sso`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  cookies: { keys: ["factdesk-e2e-only-cookie-key"] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  // put email and name into the ID token too
  conformIdTokenClaims: false,
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return { sub, email: `${sub}@${SSO_EMAIL_DOMAIN}`, email_verified: true, name: `SSO ${sub}` };
      },
    };
  },
  // First-party client: grant the requested scopes without a consent screen.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});

provider.on("server_error", (_ctx, error) => console.error("[oidc] server_error", error));
provider.listen(port, "127.0.0.1", () => console.log(`[oidc] issuer http://127.0.0.1:${port} ready for ${appUrl}`));
