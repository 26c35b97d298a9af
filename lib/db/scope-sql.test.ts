import { describe, expect, it } from "vitest";
import { liveWorkspaceScopeSql, workspaceScopeSql } from "@/lib/db/scope-sql";
import type { Actor } from "@/lib/policy/actor";

const actor: Actor = { userId: "u1", workspaceId: "ws1", role: "EDITOR" };

describe("workspaceScopeSql", () => {
  it("binds the actor's workspace as a parameter, qualified by the alias", () => {
    const sql = workspaceScopeSql(actor, "a");
    expect(sql.sql).toBe(`a."workspaceId" = ?`);
    expect(sql.values).toEqual(["ws1"]);
  });

  it("leaves the column unqualified without an alias", () => {
    expect(workspaceScopeSql(actor).sql).toBe(`"workspaceId" = ?`);
  });

  it("refuses an alias that is not a plain identifier (it is spliced into the SQL)", () => {
    expect(() => workspaceScopeSql(actor, `a" OR 1=1 --`)).toThrow("Not a table alias");
  });
});

describe("liveWorkspaceScopeSql", () => {
  it("adds the live-row condition on the same alias", () => {
    const sql = liveWorkspaceScopeSql(actor, "c");
    expect(sql.sql).toBe(`c."workspaceId" = ? AND c."deletedAt" IS NULL`);
    expect(sql.values).toEqual(["ws1"]);
  });
});
