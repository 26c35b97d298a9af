import { describe, expect, it } from "vitest";
import { auditEventHash, canonicalAuditEvent, GENESIS_HASH, type ChainedEventContent } from "@/lib/audit/chain-hash";

// `before` as PostgreSQL 15 renders '{"statement":"Größe \"zitiert\"\n\u0001", "a": [1, 2.50, true, null]}'::jsonb
const BEFORE_AS_JSONB = String.raw`{"a": [1, 2.50, true, null], "statement": "Größe \"zitiert\"\n\u0001"}`;

function event(overrides: Partial<ChainedEventContent> = {}): ChainedEventContent {
  return {
    id: "ev1",
    workspaceId: "ws1",
    chainSeq: 7n,
    actorId: null,
    action: "claim.updated",
    entityType: "Claim",
    entityId: "c1",
    createdAt: new Date("2026-03-04T05:06:07.089Z"),
    beforeJson: BEFORE_AS_JSONB,
    afterJson: null,
    prevHash: GENESIS_HASH,
    ...overrides,
  };
}

describe("canonicalAuditEvent", () => {
  it("is the text audit_event_canonical() returned for the same event (copied from psql)", () => {
    expect(canonicalAuditEvent(event())).toBe(
      String.raw`["factdesk-audit-v1", "ev1", "ws1", 7, null, "claim.updated", "Claim", "c1", "2026-03-04T05:06:07.089Z", {"a": [1, 2.50, true, null], "statement": "Größe \"zitiert\"\n\u0001"}, null, "0000000000000000000000000000000000000000000000000000000000000000"]`,
    );
  });

  it("escapes quotes, backslashes and control characters in text fields as jsonb does, and keeps non-ASCII as is", () => {
    const text = canonicalAuditEvent(event({ action: 'a"b\\c\td\u0001é', workspaceId: null }));
    expect(text).toContain(String.raw`"a\"b\\c\td\u0001é"`);
    expect(text).toMatch(/^\["factdesk-audit-v1", "ev1", null, 7, /);
  });

  it("cannot be made equal by moving text between fields (each field is its own JSON string)", () => {
    const a = canonicalAuditEvent(event({ entityType: "Claim", entityId: '", "c1' }));
    const b = canonicalAuditEvent(event({ entityType: 'Claim", "', entityId: "c1" }));
    expect(a).not.toBe(b);
  });

  it("writes the timestamp in UTC with milliseconds", () => {
    expect(canonicalAuditEvent(event({ createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) }))).toContain(
      '"2026-01-02T03:04:05.000Z"',
    );
  });
});

describe("auditEventHash", () => {
  it("is the hash audit_event_hash() stored for the same event (copied from psql)", () => {
    expect(auditEventHash(event())).toBe("846bd0fd6af6f39a56a147567d0d22f3c1fcd3062e4a5e19c6897c5fc3873200");
  });

  it.each<[string, Partial<ChainedEventContent>]>([
    ["id", { id: "ev2" }],
    ["workspace", { workspaceId: "ws2" }],
    ["position", { chainSeq: 8n }],
    ["actor", { actorId: "u1" }],
    ["action", { action: "claim.deleted" }],
    ["target type", { entityType: "Verdict" }],
    ["target id", { entityId: "c2" }],
    ["time", { createdAt: new Date("2026-03-04T05:06:07.090Z") }],
    ["before", { beforeJson: BEFORE_AS_JSONB.replace("2.50", "2.5") }],
    ["after", { afterJson: "{}" }],
    ["link", { prevHash: "1".repeat(64) }],
  ])("changes when the %s changes", (_field, change) => {
    expect(auditEventHash(event(change))).not.toBe(auditEventHash(event()));
  });
});
