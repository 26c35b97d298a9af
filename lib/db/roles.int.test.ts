import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { ensureAppRole } from "@/lib/db/roles";
import { verifyChain } from "@/lib/audit/verify-chain";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { inviteMember } from "@/lib/invitations/invite-member";
import { createArticle } from "@/lib/articles/create-article";
import { ArticleMetadataSchema } from "@/lib/articles/schemas";
import { createWorkspaceWithMembers, uniqueEmail, uniqueSuffix } from "@/prisma/factories";

// Production's two roles: the test database's superuser plays the owner that runs
// migrations; this file's whole app (the `db` client, factories, use cases) runs as
// a fresh login granted like production grants it (lib/db/roles.ts).
const ownerUrl = inject("databaseUrl");
const login = `factdesk_test_app_${randomBytes(4).toString("hex")}`;
let appUrl: string;
let app: pg.Client;

beforeAll(async () => {
  appUrl = await ensureAppRole(ownerUrl, { login, password: randomBytes(12).toString("hex") });
  await disconnectDb(); // nothing has used it yet: the next query connects with the new URL
  process.env.DATABASE_URL = appUrl;
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await disconnectDb();
  await asOwner((owner) => owner.query(`DROP ROLE IF EXISTS ${owner.escapeIdentifier(login)}`)); // roles outlive the test database
});

async function asOwner<T>(fn: (owner: pg.Client) => Promise<T>): Promise<T> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    return await fn(owner);
  } finally {
    await owner.end();
  }
}

/** The SQLSTATE the statement fails with as the app's login. */
async function refusal(sql: string, values: unknown[] = []): Promise<string | undefined> {
  return app.query(sql, values).then(
    () => "succeeded",
    (error: { code?: string }) => error.code,
  );
}
const PERMISSION_DENIED = "42501"; // insufficient_privilege, also "must be owner"

describe("the app's database login", () => {
  it("is the new login, no superuser, and the whole app works through it", async () => {
    const [me] = await db.$queryRaw<
      { user: string; superuser: boolean }[]
    >`SELECT current_user AS "user", rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
    expect(me).toEqual({ user: login, superuser: false });

    const { actors, workspace } = await createWorkspaceWithMembers();
    await inviteMember(actors.ADMIN, { email: uniqueEmail("invitee"), role: "EDITOR" });
    await createArticle(actors.EDITOR, {
      text: "The bridge opened in 1932.",
      metadata: ArticleMetadataSchema.parse({ title: `Bridge ${uniqueSuffix()}` }),
    });
    const page = await findAuditEvents(actors.ADMIN);
    expect(page.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["workspace.created", "invitation.created", "article.created"]),
    );
    expect(await verifyChain(workspace.id)).toMatchObject({ eventsVerified: page.events.length, broken: null });
  });

  it("may read and append audit events, never update, delete or truncate them", async () => {
    const { workspace } = await createWorkspaceWithMembers();
    const id = `ev-${uniqueSuffix()}`;
    await app.query(
      `INSERT INTO "AuditEvent" ("id", "workspaceId", "action", "entityType", "entityId") VALUES ($1, $2, 'test.appended', 'Test', 'x')`,
      [id, workspace.id],
    );
    const { rows } = await app.query(`SELECT "chainSeq", "hash" FROM "AuditEvent" WHERE "id" = $1`, [id]);
    expect(rows).toHaveLength(1);

    expect(await refusal(`UPDATE "AuditEvent" SET "action" = 'tampered' WHERE "id" = $1`, [id])).toBe(
      PERMISSION_DENIED,
    );
    expect(await refusal(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [id])).toBe(PERMISSION_DENIED);
    expect(await refusal(`TRUNCATE "AuditEvent"`)).toBe(PERMISSION_DENIED);
    expect(await verifyChain(workspace.id)).toMatchObject({ broken: null });
  });

  it.each([
    ["disable the chain trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_chain"`],
    ["disable every trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`],
    ["drop the append-only trigger", `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`],
    [
      "replace the hash function",
      `CREATE OR REPLACE FUNCTION audit_event_hash(canonical text) RETURNS text LANGUAGE sql AS 'SELECT ''x'''`,
    ],
    ["skip triggers for its session", `SET session_replication_role = replica`],
    ["add a column", `ALTER TABLE "Claim" ADD COLUMN "sneaky" text`],
    ["create a table", `CREATE TABLE "Sneaky" (id text)`],
    ["empty another table", `TRUNCATE "Notification"`],
  ])("cannot %s", async (_what, sql) => {
    expect(await refusal(sql)).toBe(PERMISSION_DENIED);
  });

  it("has rows-only rights on the job schema when it exists", async () => {
    const { rows } = await app.query<{ dml: boolean; create: boolean }>(
      `SELECT has_table_privilege('pgboss.job', 'SELECT, INSERT, UPDATE, DELETE') AS dml, has_schema_privilege('pgboss', 'CREATE') AS create`,
    );
    expect(rows[0]).toEqual({ dml: true, create: false });
  });
});

describe("ensureAppRole", () => {
  it("can run again (after every migration) and returns the same URL", async () => {
    const url = new URL(appUrl);
    expect(await ensureAppRole(ownerUrl, { login, password: decodeURIComponent(url.password) })).toBe(appUrl);
  });

  it("refuses the owner itself, or a login with rights beyond rows", async () => {
    const owner = await asOwner(
      async (c) => (await c.query<{ user: string }>("SELECT current_user AS user")).rows[0]!.user,
    );
    await expect(ensureAppRole(ownerUrl, { login: owner })).rejects.toThrow(/must not be the migrating role/);

    const powerful = `factdesk_test_powerful_${randomBytes(4).toString("hex")}`;
    await asOwner((c) => c.query(`CREATE ROLE ${c.escapeIdentifier(powerful)} LOGIN CREATEDB`));
    try {
      await expect(ensureAppRole(ownerUrl, { login: powerful })).rejects.toThrow(/CREATEDB/);
    } finally {
      await asOwner((c) => c.query(`DROP ROLE ${c.escapeIdentifier(powerful)}`));
    }
  });
});
