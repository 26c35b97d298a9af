/**
 * Outside the demo, publishing waits for a public address readers can open:
 * with PUBLIC_BASE_URL (and NEXTAUTH_URL) on localhost it is refused (409)
 * and nothing changes; the demo publishes anyway.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConflictError } from "@/lib/errors";
import type { Env } from "@/lib/env";
import { publishReport } from "@/lib/reports/publish-report";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";

// the environment as read, with this file's overrides on top (the rest, the database URL included, stays real)
const overrides: Partial<Env> = {};
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), ...overrides }) };
});

afterEach(() => {
  for (const key of Object.keys(overrides)) delete overrides[key as keyof Env];
});

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, {
    text: "Officials said at least 12 people were killed on Tuesday.",
  });
  await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
  return { ws, report: await articleReport(ws, article) };
}

describe("publishing and the public address", () => {
  it("is refused on localhost outside the demo, without any change", async () => {
    const { ws, report } = await world();
    Object.assign(overrides, { PUBLIC_BASE_URL: "http://localhost:3000", FACTDESK_DEMO: "0" });
    await expectRefusedWithoutChange(
      [ws.workspace.id],
      () => publishReport(ws.actors.REVIEWER, report.id),
      ConflictError,
    );
    await expect(publishReport(ws.actors.REVIEWER, report.id)).rejects.toThrow(/PUBLIC_BASE_URL/);
    Object.assign(overrides, { PUBLIC_BASE_URL: undefined, NEXTAUTH_URL: "http://127.0.0.1:3000" });
    await expect(publishReport(ws.actors.REVIEWER, report.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("goes through in the demo and with a real address", async () => {
    const { ws, report } = await world();
    Object.assign(overrides, { PUBLIC_BASE_URL: "http://localhost:3000", FACTDESK_DEMO: "1" });
    await expect(publishReport(ws.actors.REVIEWER, report.id)).resolves.toMatchObject({
      publicToken: expect.any(String),
    });
    const other = await world();
    Object.assign(overrides, { PUBLIC_BASE_URL: "https://checks.example.org", FACTDESK_DEMO: "0" });
    await expect(publishReport(other.ws.actors.REVIEWER, other.report.id)).resolves.toMatchObject({
      publicToken: expect.any(String),
    });
  });
});
