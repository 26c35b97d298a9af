import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { workspaceScopeRule } from "../../scripts/lint/workspace-scope-rule.mjs";

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run("factdesk/workspace-scope", workspaceScopeRule, {
  valid: [
    "db.claim.findFirst({ where: claimScope(actor, id) })",
    // writing the workspace of a new row is not a filter
    "db.claim.create({ data: { workspaceId: actor.workspaceId, statement } })",
    "authorize(actor, 'claim.delete', { workspaceId: claim.workspaceId, authorId: claim.createdById })",
    "db.$queryRaw`SELECT 1 FROM \"Claim\" c WHERE ${liveWorkspaceScopeSql(actor, 'c')}`",
    // a public page scopes by the workspace it serves, not by an actor
    'db.$queryRaw`SELECT 1 FROM "Claim" c WHERE c."workspaceId" = ${workspace.id}`',
  ],
  invalid: [
    { code: "db.claim.findFirst({ where: { id, workspaceId: actor.workspaceId } })", errors: [{ messageId: "where" }] },
    {
      code: "db.user.findMany({ where: { memberships: { some: { workspaceId: actor.workspaceId } } } })",
      errors: [{ messageId: "where" }],
    },
    {
      code: "db.user.findMany({ select: { memberships: { where: { workspaceId: actor.workspaceId } } } })",
      errors: [{ messageId: "where" }],
    },
    {
      code: "authorize(actor, 'annotation.update', { workspaceId: actor.workspaceId, authorId: row.authorId })",
      errors: [{ messageId: "policy" }],
    },
    {
      code: "can(actor, 'verdict.review', { workspaceId: actor.workspaceId, authorId: null })",
      errors: [{ messageId: "policy" }],
    },
    {
      code: 'db.$queryRaw`SELECT 1 FROM "Claim" c WHERE c."workspaceId" = ${actor.workspaceId}`',
      errors: [{ messageId: "sql" }],
    },
    {
      code: 'Prisma.sql`AND "workspaceId" = ${call.actor.workspaceId}`',
      errors: [{ messageId: "sql" }],
    },
  ],
});
