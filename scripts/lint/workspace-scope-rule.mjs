// Lint rule "factdesk/workspace-scope" (issue 18): a query is limited to the actor's workspace through its folder's
// scope.ts helper (claimScope, articleScope…) or, in raw SQL, lib/db/scope-sql.ts, and authorize/can are given the
// loaded row, not the actor's own workspace again (which makes the policy's workspace check always pass).

/** `actor.workspaceId` or `<anything>.actor.workspaceId` (e.g. `call.actor.workspaceId`). */
function isActorWorkspace(node) {
  if (node?.type !== "MemberExpression" || node.computed || node.property.name !== "workspaceId") return false;
  const owner = node.object;
  if (owner.type === "Identifier") return owner.name === "actor";
  return owner.type === "MemberExpression" && !owner.computed && owner.property.name === "actor";
}

/** Whether `node` sits in the value of a `where:` property (a Prisma filter, at any depth). */
function insideWhere(node) {
  for (let at = node.parent; at; at = at.parent) {
    if (at.type === "Property" && !at.computed && at.key.type === "Identifier" && at.key.name === "where") return true;
    if (at.type.startsWith("Function") || at.type === "ArrowFunctionExpression") return false;
  }
  return false;
}

/** Whether `node` is the object literal handed to authorize(actor, action, resource) or can(…). */
function isPolicyResource(object) {
  const call = object.parent;
  return (
    call?.type === "CallExpression" &&
    call.arguments[2] === object &&
    call.callee.type === "Identifier" &&
    (call.callee.name === "authorize" || call.callee.name === "can")
  );
}

export const workspaceScopeRule = {
  meta: {
    type: "problem",
    messages: {
      where:
        "Limit the query with its folder's scope helper (scope.ts), not workspaceId: actor.workspaceId (issue 18).",
      sql: 'Scope raw SQL with workspaceScopeSql / liveWorkspaceScopeSql (lib/db/scope-sql.ts), not "workspaceId" = ${actor.workspaceId}.',
      policy:
        "Pass the loaded row's workspace to authorize/can, not the actor's own (the workspace check would always pass).",
    },
    schema: [],
  },
  create(context) {
    return {
      Property(node) {
        if (node.computed || node.key.type !== "Identifier" || node.key.name !== "workspaceId") return;
        if (!isActorWorkspace(node.value)) return;
        if (isPolicyResource(node.parent)) context.report({ node, messageId: "policy" });
        else if (insideWhere(node)) context.report({ node, messageId: "where" });
      },
      TemplateLiteral(node) {
        node.expressions.forEach((expression, i) => {
          if (isActorWorkspace(expression) && /"workspaceId"\s*=\s*$/.test(node.quasis[i].value.raw))
            context.report({ node: expression, messageId: "sql" });
        });
      },
    };
  },
};
