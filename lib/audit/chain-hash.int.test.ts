import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditEventHash, canonicalAuditEvent } from "@/lib/audit/chain-hash";
import { verifyChain } from "@/lib/audit/verify-chain";
import { createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";

// The canonical serialization is defined twice: audit_event_canonical() in SQL (the
// trigger) and canonicalAuditEvent() in TypeScript (the verifier). Any difference
// would make intact events look tampered with, so they are compared on awkward values.
const AWKWARD_VALUES: unknown[] = [
  { b: 1, a: 2, aa: 3, ab: { z: [], y: {} } }, // jsonb sorts keys by length, then bytes
  { text: 'quote " backslash \\ slash / tab \t newline \n nul-free control \u0001 \u001f del \u007f' },
  { text: "Größe, café, 東京, emoji 🦊, combining e\u0301, rtl עברית, line sep \u2028" },
  { numbers: [0, -0, 1.5, 0.1 + 0.2, 1e-7, 123456789012345680000, 1e21, -2.5e-300, Number.MAX_SAFE_INTEGER] },
  { nothing: null, yes: true, no: false, empty: "", list: [null, [], [[]]] },
  "a bare string",
  42,
  [1, "two", { three: 3 }],
];

describe("the SQL and TypeScript canonical serializations agree", () => {
  it("on events with awkward before/after values, field by field and hash by hash", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const entityId = `awkward-${uniqueSuffix()}`;
    await db.$transaction(async (tx) => {
      for (const value of AWKWARD_VALUES) {
        await recordAuditEvent(tx, actors.ADMIN, {
          action: 'test.awkward "quoted"\n',
          entityType: "Tést",
          entityId,
          before: value,
          after: { value },
        });
      }
    });
    const rows = await db.$queryRaw<
      {
        id: string;
        workspaceId: string | null;
        chainSeq: bigint;
        actorId: string | null;
        action: string;
        entityType: string;
        entityId: string;
        createdAt: Date;
        beforeJson: string | null;
        afterJson: string | null;
        prevHash: string;
        hash: string;
        sqlCanonical: string;
      }[]
    >`SELECT "id", "workspaceId", "chainSeq", "actorId", "action", "entityType", "entityId", "createdAt", "before"::text AS "beforeJson", "after"::text AS "afterJson", "prevHash", "hash",
             audit_event_canonical("id", "workspaceId", "chainSeq", "actorId", "action", "entityType", "entityId", "createdAt", "before", "after", "prevHash") AS "sqlCanonical"
        FROM "AuditEvent" WHERE "workspaceId" = ${workspace.id} AND "entityId" = ${entityId} ORDER BY "chainSeq"`;

    expect(rows).toHaveLength(AWKWARD_VALUES.length);
    for (const row of rows) {
      expect(canonicalAuditEvent(row)).toBe(row.sqlCanonical);
      expect(auditEventHash(row)).toBe(row.hash);
    }
    expect((await verifyChain(workspace.id)).broken).toBeNull();
  });

  it("on an event outside any workspace, with no actor and no before/after", async () => {
    const entityId = `user-${uniqueSuffix()}`;
    await db.$transaction((tx) =>
      recordAuditEvent(
        tx,
        { userId: null, workspaceId: null },
        { action: "test.global", entityType: "User", entityId },
      ),
    );
    const [row] = await db.$queryRaw<
      { id: string; sqlCanonical: string; hash: string; chainSeq: bigint; prevHash: string; createdAt: Date }[]
    >`
      SELECT "id", "chainSeq", "prevHash", "hash", "createdAt",
             audit_event_canonical("id", "workspaceId", "chainSeq", "actorId", "action", "entityType", "entityId", "createdAt", "before", "after", "prevHash") AS "sqlCanonical"
        FROM "AuditEvent" WHERE "entityId" = ${entityId}`;
    const content = {
      ...row!,
      workspaceId: null,
      actorId: null,
      action: "test.global",
      entityType: "User",
      entityId,
      beforeJson: null,
      afterJson: null,
    };
    expect(canonicalAuditEvent(content)).toBe(row!.sqlCanonical);
    expect(auditEventHash(content)).toBe(row!.hash);
  });
});
