import { describe, expect, it } from "vitest";
import { directDatabaseUrl, oidcConfig, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("fills the defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toEqual({
      FACTDESK_DEMO: "0",
      OIDC_NAME: "Newsroom SSO",
      TRUSTED_PROXY_HOPS: 0,
      SIGNIN_FREE_FAILURES: 3,
      SIGNIN_MAX_DELAY_SECONDS: 900,
      SIGNIN_ADDRESS_MAX_FAILURES: 100,
      SIGNIN_ACCOUNT_ALERT_FAILURES: 20,
      REPLICA_MAX_LAG_MS: 5000,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("ignores variables it does not know", () => {
    expect(parseEnv({ PATH: "/usr/bin", HOME: "/root" })).not.toHaveProperty("PATH");
  });

  it("names a bad URL in one readable message", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/^Invalid environment:\n {2}DATABASE_URL: /);
  });

  it("lists every bad variable, one per line", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "nope", NEXTAUTH_SECRET: "short", FACTDESK_DEMO: "yes" });
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n");
    expect(lines[0]).toBe("Invalid environment:");
    expect(
      lines
        .slice(1)
        .map((l) => l.trim().split(":")[0])
        .sort(),
    ).toEqual(["DATABASE_URL", "FACTDESK_DEMO", "NEXTAUTH_SECRET"]);
    expect(message).toContain("NEXTAUTH_SECRET must be at least 16 characters");
  });

  it("treats empty strings as unset (so defaults apply and nothing is rejected)", () => {
    const env = parseEnv({ DATABASE_URL: "", OIDC_ISSUER: "", SIGNIN_FREE_FAILURES: "", OIDC_NAME: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OIDC_ISSUER).toBeUndefined();
    expect(env.SIGNIN_FREE_FAILURES).toBe(3);
    expect(env.OIDC_NAME).toBe("Newsroom SSO");
  });

  it("coerces numbers and accepts only positive integers", () => {
    expect(parseEnv({ SIGNIN_FREE_FAILURES: "7", SIGNIN_MAX_DELAY_SECONDS: "30" })).toMatchObject({
      SIGNIN_FREE_FAILURES: 7,
      SIGNIN_MAX_DELAY_SECONDS: 30,
    });
    for (const bad of ["abc", "0", "-3", "2.5"]) {
      expect(() => parseEnv({ SIGNIN_FREE_FAILURES: bad }), bad).toThrow(/SIGNIN_FREE_FAILURES/);
    }
  });

  it("accepts 0 to 10 trusted proxy hops, 0 by default", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["-1", "11", "one"])
      expect(() => parseEnv({ TRUSTED_PROXY_HOPS: bad }), bad).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("keeps a valid URL as given", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/factdesk?schema=public";
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });
});

describe("oidcConfig", () => {
  const full = {
    OIDC_ISSUER: "https://sso.example.test/realms/news/",
    OIDC_CLIENT_ID: "factdesk",
    OIDC_CLIENT_SECRET: "s3cret",
  };

  it("is off (null) without an issuer", () => {
    expect(oidcConfig(parseEnv({ OIDC_CLIENT_ID: "factdesk" }))).toBeNull();
  });

  it("throws when the issuer is set but the client id or secret is missing", () => {
    expect(() => oidcConfig(parseEnv({ ...full, OIDC_CLIENT_SECRET: undefined }))).toThrow(
      /OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required/,
    );
    expect(() => oidcConfig(parseEnv({ ...full, OIDC_CLIENT_ID: "" }))).toThrow(
      /OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required/,
    );
  });

  it("trims the issuer's trailing slash and uses the default name", () => {
    expect(oidcConfig(parseEnv(full))).toEqual({
      issuer: "https://sso.example.test/realms/news",
      clientId: "factdesk",
      clientSecret: "s3cret",
      name: "Newsroom SSO",
    });
  });

  it("leaves an issuer without a trailing slash unchanged", () => {
    expect(
      oidcConfig(parseEnv({ ...full, OIDC_ISSUER: "https://sso.example.test", OIDC_NAME: "Desk SSO" })),
    ).toMatchObject({
      issuer: "https://sso.example.test",
      name: "Desk SSO",
    });
  });
});

describe("directDatabaseUrl", () => {
  const pooled = "postgresql://app@pgbouncer:6432/factdesk";
  const direct = "postgresql://app@db:5432/factdesk";

  it("is DIRECT_DATABASE_URL when set, so a session (LISTEN) bypasses the pooler", () => {
    expect(directDatabaseUrl(parseEnv({ DATABASE_URL: pooled, DIRECT_DATABASE_URL: direct }))).toBe(direct);
  });

  it("falls back to DATABASE_URL (no pooler in between), also when set to an empty string", () => {
    expect(directDatabaseUrl(parseEnv({ DATABASE_URL: direct }))).toBe(direct);
    expect(directDatabaseUrl(parseEnv({ DATABASE_URL: direct, DIRECT_DATABASE_URL: "" }))).toBe(direct);
  });

  it("throws when neither is set, and rejects a DIRECT_DATABASE_URL that is no URL", () => {
    expect(() => directDatabaseUrl(parseEnv({}))).toThrow(/DATABASE_URL is not set/);
    expect(() => parseEnv({ DIRECT_DATABASE_URL: "the database" })).toThrow(/DIRECT_DATABASE_URL/);
  });
});
