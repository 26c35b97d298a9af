/**
 * Test data builders for integration and e2e tests. Every call makes new rows
 * with unique emails, slugs and titles, so test files can share one database
 * and run in parallel. They use the real client and, where one exists, the
 * real use case (createWorkspace), so test data is shaped like real data.
 */
import { randomBytes } from "node:crypto";
import { db } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { canonicalText, sha256Hex } from "../lib/text-import/canonical-text";
import { createWorkspace } from "../lib/workspaces/create-workspace";
import { ROLES, type Actor, type Role } from "../lib/policy/actor";
import type { VerdictStatus } from "../lib/generated/prisma/enums";

/** A short random suffix: lowercase letters and digits (valid in slugs and emails). */
export function uniqueSuffix(): string {
  return randomBytes(6).toString("hex");
}

export function uniqueEmail(label = "user"): string {
  return `${label}-${uniqueSuffix()}@factories.factdesk.test`;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  /** the clear password, when one was set */
  password: string | null;
}

export interface CreateUserOptions {
  /** hashed with the real argon2id (about 90 ms); without it the user has no password (SSO-only) */
  password?: string;
  name?: string;
  email?: string;
  /** with `role`: also make the user a member of this workspace */
  workspaceId?: string;
  role?: Role;
}

export async function createUser(options: CreateUserOptions = {}): Promise<TestUser> {
  if (options.role && !options.workspaceId) throw new Error("createUser: a role needs a workspaceId");
  const suffix = uniqueSuffix();
  const email = options.email ?? uniqueEmail((options.role ?? "user").toLowerCase());
  const name = options.name ?? `Test User ${suffix}`;
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  const user = await db.user.create({ data: { email, name, passwordHash }, select: { id: true } });
  if (options.workspaceId) {
    await db.membership.create({
      data: { workspaceId: options.workspaceId, userId: user.id, role: options.role ?? "VIEWER" },
    });
  }
  return { id: user.id, email, name, password: options.password ?? null };
}

export interface TestWorkspace {
  workspace: { id: string; slug: string; name: string };
  /** one member per role; the ADMIN created the workspace */
  users: Record<Role, TestUser>;
  actors: Record<Role, Actor>;
  membershipIds: Record<Role, string>;
}

/** A workspace made through createWorkspace (so with its rating scale and audit row), with one member per role. */
export async function createWorkspaceWithMembers(options: { name?: string } = {}): Promise<TestWorkspace> {
  const suffix = uniqueSuffix();
  const admin = await createUser({ email: uniqueEmail("admin") });
  const name = options.name ?? `Desk ${suffix}`;
  const created = await createWorkspace(admin.id, {
    name,
    slug: `desk-${suffix}`,
    organisationName: `Newsroom ${suffix}`,
  });
  const memberRoles = ROLES.filter((role) => role !== "ADMIN");
  const others = await Promise.all(memberRoles.map((role) => createUser({ workspaceId: created.id, role })));
  const users = Object.fromEntries([["ADMIN", admin], ...memberRoles.map((role, i) => [role, others[i]!])]) as Record<
    Role,
    TestUser
  >;

  const memberships = await db.membership.findMany({
    where: { workspaceId: created.id },
    select: { id: true, userId: true },
  });
  const actors = {} as Record<Role, Actor>;
  const membershipIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    actors[role] = { userId: users[role].id, workspaceId: created.id, role };
    membershipIds[role] = memberships.find((m) => m.userId === users[role].id)!.id;
  }
  return { workspace: { id: created.id, slug: created.slug, name }, users, actors, membershipIds };
}

export interface CreateArticleOverrides {
  title?: string;
  text?: string;
  outlet?: string | null;
  url?: string | null;
  language?: string | null;
  publishedAt?: Date | null;
  deletedAt?: Date | null;
}

export interface TestArticle {
  article: { id: string; workspaceId: string; title: string };
  version: { id: string; number: number; text: string; sha256: string };
}

/** An article with version 1 of its text in canonical form, written by the given member. */
export async function createArticle(
  author: Pick<Actor, "workspaceId" | "userId">,
  overrides: CreateArticleOverrides = {},
): Promise<TestArticle> {
  const suffix = uniqueSuffix();
  const text = canonicalText(overrides.text ?? `Officials said at least 12 people were hurt.\n\nReport ${suffix}.`);
  const sha256 = sha256Hex(text);
  const created = await db.article.create({
    data: {
      workspaceId: author.workspaceId,
      title: overrides.title ?? `Article ${suffix}`,
      outlet: overrides.outlet ?? "The Test Gazette",
      url: overrides.url ?? `https://news.example.test/${suffix}`,
      language: overrides.language ?? "en",
      publishedAt: overrides.publishedAt ?? null,
      deletedAt: overrides.deletedAt ?? null,
      createdById: author.userId,
      versions: { create: { workspaceId: author.workspaceId, number: 1, text, sha256, createdById: author.userId } },
    },
    select: {
      id: true,
      workspaceId: true,
      title: true,
      versions: { select: { id: true, number: true, text: true, sha256: true } },
    },
  });
  const { versions, ...article } = created;
  return { article, version: versions[0]! };
}

export interface CreateClaimOverrides {
  statement?: string;
  claimant?: string | null;
  assignedEditorId?: string | null;
  assignedReviewerId?: string | null;
  createdAt?: Date;
  deletedAt?: Date | null;
}

/** A claim row without appearances, for tests that need many (lists, paging); real claims come from createClaim. */
export async function createClaimRecord(
  author: Pick<Actor, "workspaceId" | "userId">,
  overrides: CreateClaimOverrides = {},
): Promise<{ id: string; statement: string }> {
  return db.claim.create({
    data: {
      workspaceId: author.workspaceId,
      statement: overrides.statement ?? `Claim ${uniqueSuffix()}`,
      claimant: overrides.claimant ?? null,
      assignedEditorId: overrides.assignedEditorId ?? null,
      assignedReviewerId: overrides.assignedReviewerId ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
      deletedAt: overrides.deletedAt ?? null,
      createdById: author.userId,
    },
    select: { id: true, statement: true },
  });
}

/** A verdict in the given status with one revision rated `ratingKey` on the workspace's scale, written by `author`. */
export async function createVerdictRecord(
  author: Pick<Actor, "workspaceId" | "userId">,
  claimId: string,
  options: { status?: VerdictStatus; ratingKey?: string; updatedAt?: Date } = {},
): Promise<{ id: string }> {
  const level = await db.ratingLevel.findFirstOrThrow({
    where: { workspaceId: author.workspaceId, key: options.ratingKey ?? "ACCURATE" },
    select: { id: true },
  });
  return db.verdict.create({
    data: {
      workspaceId: author.workspaceId,
      claimId,
      authorId: author.userId,
      status: options.status ?? "DRAFT",
      ...(options.updatedAt ? { updatedAt: options.updatedAt } : {}),
      revisions: {
        create: {
          workspaceId: author.workspaceId,
          number: 1,
          ratingLevelId: level.id,
          summary: "Checked against the source.",
          authorId: author.userId,
        },
      },
    },
    select: { id: true },
  });
}
