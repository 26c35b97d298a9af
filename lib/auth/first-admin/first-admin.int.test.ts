import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { verifyPassword } from "@/lib/auth/password";
import { announceFirstAdminLink, createFirstAdminLink } from "@/lib/auth/first-admin/create-first-admin-link";
import { DeadSetupLinkError, isFirstAdminLinkLive, setupFirstAdmin } from "@/lib/auth/first-admin/setup-first-admin";
import type { SetupFirstAdminInput } from "@/lib/auth/first-admin/schemas";
import { provideTestDatabase, type TestDatabase } from "@/scripts/test-db";

// "No user at all" cannot be arranged in the run's shared database, where other
// test files make users in parallel: these tests get an empty database of their own.
let empty: TestDatabase;
let client: PrismaClient;

beforeAll(async () => {
  empty = await provideTestDatabase();
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: empty.url, max: 4 }) });
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  await empty?.stop();
});

const tokenOf = (link: string) => new URL(link).pathname.split("/setup/")[1]!;
const input = (token: string, overrides: Partial<SetupFirstAdminInput> = {}): SetupFirstAdminInput => ({
  token,
  name: "Ada Admin",
  email: "ada@newsroom.example",
  password: "a long first password",
  confirmPassword: "a long first password",
  workspaceName: "Metro desk",
  slug: "metro-desk",
  organisationName: "The Metro Paper",
  ...overrides,
});

describe("the first admin of an empty database", () => {
  it("a new link replaces the earlier one; the link makes the admin, the workspace and the membership once; then no link is made", async () => {
    const first = await createFirstAdminLink(client);
    const second = await createFirstAdminLink(client);
    expect(second).toMatch(/^http:\/\/localhost:\d+\/setup\/[A-Za-z0-9_-]{43}$/);
    expect(await isFirstAdminLinkLive(tokenOf(first!), client)).toBe(false);
    expect(await isFirstAdminLinkLive(tokenOf(second!), client)).toBe(true);
    const stored = await client.passwordToken.findMany({ where: { purpose: "FIRST_ADMIN" } });
    expect(stored).toEqual([
      expect.objectContaining({ tokenHash: hashOneTimeToken(tokenOf(second!)), userId: null, usedAt: null }),
    ]);
    expect(stored[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    // the replaced link writes nothing
    await expect(setupFirstAdmin(input(tokenOf(first!)), client)).rejects.toThrow(DeadSetupLinkError);
    expect(await client.user.count()).toBe(0);

    // two submissions of the live link at once: one admin
    const results = await Promise.allSettled([
      setupFirstAdmin(input(tokenOf(second!)), client),
      setupFirstAdmin(input(tokenOf(second!), { email: "eve@example.org", slug: "eve" }), client),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(DeadSetupLinkError) });

    const [user, ...others] = await client.user.findMany({
      include: { memberships: { include: { workspace: { include: { ratingScale: { include: { levels: true } } } } } } },
    });
    expect(others).toEqual([]);
    expect(await verifyPassword(user!.passwordHash!, "a long first password")).toBe(true);
    expect(user!.memberships).toHaveLength(1);
    expect(user!.memberships[0]).toMatchObject({
      role: "ADMIN",
      workspace: { name: "Metro desk", organisationName: "The Metro Paper" },
    });
    expect(user!.memberships[0]!.workspace.ratingScale?.levels.length).toBeGreaterThan(0);
    expect((await client.auditEvent.findMany()).map((e) => e.action).sort()).toEqual([
      "user.created_as_first_admin",
      "workspace.created",
    ]);
    expect(await client.passwordToken.findFirstOrThrow({ where: { purpose: "FIRST_ADMIN" } })).toMatchObject({
      usedAt: expect.any(Date),
    });

    // used: dead, and with a user in the database no new link is printed
    expect(await isFirstAdminLinkLive(tokenOf(second!), client)).toBe(false);
    await expect(
      setupFirstAdmin(input(tokenOf(second!), { email: "late@example.org", slug: "late" }), client),
    ).rejects.toThrow(DeadSetupLinkError);
    expect(await createFirstAdminLink(client)).toBeNull();
    expect(await client.user.count()).toBe(1);
  });
});

describe("announcing the link at server start", () => {
  const collect = (lines: string[]) => ({
    log: (l: string) => lines.push(l),
    warn: (l: string) => lines.push(`warn: ${l}`),
  });

  it("logs a warning, and does not throw, when the database is down", async () => {
    const down = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://nobody@127.0.0.1:9/none",
        connectionTimeoutMillis: 2_000,
      }),
    });
    const lines: string[] = [];
    await expect(announceFirstAdminLink(collect(lines), down)).resolves.toBeUndefined();
    expect(lines).toEqual([expect.stringMatching(/^warn: \[factdesk\] could not check for a first admin: /)]);
    await down.$disconnect();
  });

  it("prints the link on an empty database, nothing once it has a user", async () => {
    const fresh = await provideTestDatabase();
    const freshClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url, max: 2 }) });
    try {
      const lines: string[] = [];
      await announceFirstAdminLink(collect(lines), freshClient);
      expect(lines).toEqual([
        expect.stringMatching(
          /^Factdesk has no users yet\. Open http:\/\/localhost:\d+\/setup\/[A-Za-z0-9_-]{43} to create the first admin \(valid 24 hours\)\.$/,
        ),
      ]);
      await freshClient.user.create({ data: { email: "someone@example.org" } });
      await announceFirstAdminLink(collect(lines), freshClient);
      expect(lines).toHaveLength(1);
    } finally {
      await freshClient.$disconnect();
      await fresh.stop();
    }
  }, 120_000);
});
