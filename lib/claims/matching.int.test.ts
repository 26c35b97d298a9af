/**
 * Matching quality of claim look-up and search against a real database:
 * words in any order, spelling variants of names (built-in and a workspace's
 * own, which admins edit), whole numbers ("90" never finds "190", "200" never
 * finds "1,200"), and never another workspace's claims. Also the use case
 * and API that edit a workspace's variants.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { searchClaims } from "@/lib/claims/search-claims";
import { parseSearchParams } from "@/lib/search/schemas";
import { searchWorkspace } from "@/lib/search/search-workspace";
import { getNameVariants } from "@/lib/workspaces/get-name-variants";
import { updateNameVariants } from "@/lib/claims/update-name-variants";
import { UpdateNameVariantsInputSchema } from "@/lib/workspaces/schemas";
import { GET as getVariantsRoute, PUT as putVariantsRoute } from "@/app/api/v1/workspace/name-variants/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { createArticle, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { claimPhrase } from "@/test/support/claim-phrase";
import type { Actor } from "@/lib/policy/actor";

const TEXT = "Night attacks were reported across the country.\n\nRepair crews worked until dawn.";

/** A claim with the given statement, made by the workspace's editor from a note on a fresh article. */
async function claim(ws: TestWorkspace, statement: string, claimant?: string) {
  const editor = ws.actors.EDITOR;
  const article = await createArticle(editor, { text: TEXT });
  const { claim } = await claimPhrase(editor, article, "Night attacks were reported", {
    statement,
    ...(claimant ? { claimant } : {}),
  });
  return claim;
}

/** A workspace with claims that differ in spelling, word order and figures. */
async function newsroom() {
  const ws = await createWorkspaceWithMembers();
  const claims = {
    kyiv: await claim(ws, "At least 12 people were killed when a missile hit Kyiv", "City officials"),
    kharkiv: await claim(ws, "Police said 190 homes were damaged in Kharkiv"),
    odesa: await claim(ws, "About 90 drones were launched at Odesa overnight"),
    sumy: await claim(ws, "1,200 residents were evacuated from Sumy"),
    rih: await claim(ws, "Shelling cut power to 40 schools in Krivoy Rog"),
    quote: await claim(ws, "Al-Qaida claimed the attack on the convoy"),
  };
  return { ...ws, claims };
}

const ids = async (actor: Actor, query: string) => (await searchClaims(actor, query)).map((h) => h.id).sort();
const searched = async (actor: Actor, q: string) => {
  const results = await searchWorkspace(actor, parseSearchParams({ q, type: "claims" }));
  if (results.claims.state !== "shown") throw new Error("claims not shown");
  return results.claims.hits;
};
const searchIds = async (actor: Actor, q: string) => (await searched(actor, q)).map((h) => h.id).sort();
const variantsOf = async (workspaceId: string) =>
  (await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { nameVariants: true } })).nameVariants;
const audits = (workspaceId: string) =>
  db.auditEvent.findMany({ where: { workspaceId, action: "workspace.name_variants_updated" } });

describe("searchClaims (look-up in the reader)", () => {
  it("finds all the words in any order, in statement or claimant", async () => {
    const { actors, claims } = await newsroom();
    expect(await ids(actors.VIEWER, "12 killed")).toEqual([claims.kyiv.id]);
    expect(await ids(actors.VIEWER, "killed 12")).toEqual([claims.kyiv.id]);
    expect(await ids(actors.VIEWER, "Kyiv missile people")).toEqual([claims.kyiv.id]);
    expect(await ids(actors.VIEWER, "officials missile")).toEqual([claims.kyiv.id]);
    expect(await ids(actors.VIEWER, "missile Odesa")).toEqual([]);
  });

  it("finds a name in any of its spellings", async () => {
    const { actors, claims } = await newsroom();
    expect(await ids(actors.VIEWER, "Kiev")).toEqual([claims.kyiv.id]);
    expect(await ids(actors.VIEWER, "killed in kiev")).toEqual([claims.kyiv.id]);
    expect(await ids(actors.VIEWER, "Kharkov homes")).toEqual([claims.kharkiv.id]);
    expect(await ids(actors.VIEWER, "Odessa")).toEqual([claims.odesa.id]);
    expect(await ids(actors.VIEWER, "al Qaeda convoy")).toEqual([claims.quote.id]);
  });

  it("matches numbers as whole numbers: 90 never finds 190, 200 never finds 1,200", async () => {
    const { actors, claims } = await newsroom();
    expect(await ids(actors.VIEWER, "90")).toEqual([claims.odesa.id]);
    expect(await ids(actors.VIEWER, "190")).toEqual([claims.kharkiv.id]);
    expect(await ids(actors.VIEWER, "200")).toEqual([]);
    expect(await ids(actors.VIEWER, "1200 evacuated")).toEqual([claims.sumy.id]);
    expect(await ids(actors.VIEWER, "1,200")).toEqual([claims.sumy.id]);
  });

  it("finds a spelling the workspace's admin added, from then on", async () => {
    const { actors, claims } = await newsroom();
    expect(await ids(actors.EDITOR, "Kryvyi Rih")).toEqual([]);
    await updateNameVariants(
      actors.ADMIN,
      UpdateNameVariantsInputSchema.parse({ groups: ["Kryvyi Rih|Krivoy Rog|Krivyi Rih"] }),
    );
    expect(await ids(actors.EDITOR, "Kryvyi Rih")).toEqual([claims.rih.id]);
    expect(await ids(actors.EDITOR, "schools Kryvyi-Rih 40")).toEqual([claims.rih.id]);
  });

  it("never returns another workspace's claims, whatever the spelling", async () => {
    const owner = await newsroom();
    const other = await createWorkspaceWithMembers();
    const theirs = await claim(other, "At least 12 people were killed when a missile hit Kiev");
    await updateNameVariants(
      other.actors.ADMIN,
      UpdateNameVariantsInputSchema.parse({ groups: ["Kryvyi Rih|Krivoy Rog"] }),
    );
    expect(await ids(owner.actors.ADMIN, "Kiev killed 12")).toEqual([owner.claims.kyiv.id]);
    expect(await ids(other.actors.VIEWER, "Kyiv missile")).toEqual([theirs.id]);
    expect(await ids(other.actors.VIEWER, "Krivoy Rog")).toEqual([]);
    // another workspace's variant groups do not apply here
    expect(await ids(owner.actors.ADMIN, "Kryvyi Rih")).toEqual([]);
  });
});

describe("searchWorkspace: claims", () => {
  it("finds a name in any of its spellings, marks the spelling found, and keeps exclusions", async () => {
    const { actors, claims } = await newsroom();
    const hits = await searched(actors.EDITOR, "Kiev");
    expect(hits.map((h) => [h.id, h.similar])).toEqual([[claims.kyiv.id, false]]);
    expect(hits[0]!.statement.filter((p) => p.hit).map((p) => p.text)).toEqual(["Kyiv"]);
    expect(await searchIds(actors.EDITOR, "killed 12 Kiev")).toEqual([claims.kyiv.id]);
    expect(await searchIds(actors.EDITOR, '"missile hit Kiev"')).toEqual([claims.kyiv.id]);
    expect(await searchIds(actors.EDITOR, "killed -Kiev")).toEqual([]);
    expect(await searchIds(actors.EDITOR, "al Qaeda")).toEqual([claims.quote.id]);
  });

  it("matches numbers as whole numbers, whichever way thousands are written", async () => {
    const { actors, claims } = await newsroom();
    expect(await searchIds(actors.EDITOR, "90")).toEqual([claims.odesa.id]);
    expect(await searchIds(actors.EDITOR, "200")).toEqual([]);
    expect(await searchIds(actors.EDITOR, "1200")).toEqual([claims.sumy.id]);
    expect(await searchIds(actors.EDITOR, "1,200 residents")).toEqual([claims.sumy.id]);
    expect(await searchIds(actors.EDITOR, "90 OR 190")).toEqual([claims.kharkiv.id, claims.odesa.id].sort());
  });

  it("uses the workspace's own groups, and only its own", async () => {
    const { actors, claims } = await newsroom();
    const other = await createWorkspaceWithMembers();
    await updateNameVariants(
      other.actors.ADMIN,
      UpdateNameVariantsInputSchema.parse({ groups: ["Kryvyi Rih|Krivoy Rog"] }),
    );
    expect((await searched(actors.EDITOR, "Kryvyi Rih")).filter((h) => !h.similar)).toEqual([]);
    await updateNameVariants(actors.ADMIN, UpdateNameVariantsInputSchema.parse({ groups: ["Kryvyi Rih|Krivoy Rog"] }));
    expect((await searched(actors.EDITOR, "Kryvyi Rih")).map((h) => [h.id, h.similar])).toEqual([
      [claims.rih.id, false],
    ]);
  });
});

describe("updateNameVariants", () => {
  it("lets an admin replace the list, trimmed, and audits before and after", async () => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    await updateNameVariants(actors.ADMIN, UpdateNameVariantsInputSchema.parse({ groups: ["Kryvyi Rih|Krivoy Rog"] }));
    const saved = await updateNameVariants(
      actors.ADMIN,
      UpdateNameVariantsInputSchema.parse({ groups: ["  Mykolaiv | Mykolajiw ", "", "Kryvyi Rih|Krivoy Rog"] }),
    );
    expect(saved).toEqual({ groups: ["Mykolaiv|Mykolajiw", "Kryvyi Rih|Krivoy Rog"] });
    expect(await getNameVariants(actors.VIEWER)).toEqual(saved);
    const [, second, ...more] = await audits(workspace.id).then((rows) =>
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
    );
    expect(more).toEqual([]);
    expect(second).toMatchObject({
      actorId: actors.ADMIN.userId,
      entityType: "Workspace",
      entityId: workspace.id,
      before: { groups: ["Kryvyi Rih|Krivoy Rog"] },
      after: saved,
    });
  });

  it("refuses editors and reviewers (403), changing nothing", async () => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    const input = UpdateNameVariantsInputSchema.parse({ groups: ["Mykolaiv|Mykolajiw"] });
    const before = await workspaceFingerprint(workspace.id);
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const)
      await expect(updateNameVariants(actors[role], input)).rejects.toThrow(ForbiddenError);
    expect(await variantsOf(workspace.id)).toEqual([]);
    expect(await workspaceFingerprint(workspace.id)).toEqual(before);
  });

  it("changes only the admin's own workspace", async () => {
    const owner = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    await updateNameVariants(
      other.actors.ADMIN,
      UpdateNameVariantsInputSchema.parse({ groups: ["Mykolaiv|Mykolajiw"] }),
    );
    expect(await variantsOf(owner.workspace.id)).toEqual([]);
    expect(await audits(owner.workspace.id)).toEqual([]);
  });

  it("refuses bad input with field errors, changing nothing", async () => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    await updateNameVariants(actors.ADMIN, UpdateNameVariantsInputSchema.parse({ groups: ["Mykolaiv|Mykolajiw"] }));
    const before = await workspaceFingerprint(workspace.id);

    const malformed = UpdateNameVariantsInputSchema.safeParse({
      groups: [
        "Kyiv",
        "Ki3v|Kyiv",
        "Lviv||Lvov",
        `${"x".repeat(61)}|y`,
        Array.from({ length: 21 }, (_, i) => `Name${"abcdefghijklmnopqrstu"[i]}`).join("|"),
      ],
    });
    expect(malformed.success).toBe(false);
    expect(malformed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["groups", "“Kyiv”: list at least two spellings, separated by “|”."],
      ["groups", "“Ki3v|Kyiv”: “Ki3v” may contain only letters, spaces, hyphens and apostrophes."],
      ["groups", "“Lviv||Lvov”: has an empty spelling (two “|” in a row, or one at an end)."],
      ["groups", expect.stringContaining("is longer than 60 characters.")],
      ["groups", expect.stringContaining("list at most 20 spellings in one group.")],
    ]);
    expect(
      UpdateNameVariantsInputSchema.safeParse({
        groups: Array.from({ length: 501 }, (_, i) => `Aa${"x".repeat(i % 50)}|Bb`),
      }).success,
    ).toBe(false);

    const joining = updateNameVariants(actors.ADMIN, UpdateNameVariantsInputSchema.parse({ groups: ["Kyiv|Kharkiv"] }));
    await expect(joining).rejects.toThrow(InvalidInputError);
    const twice = await updateNameVariants(
      actors.ADMIN,
      UpdateNameVariantsInputSchema.parse({ groups: ["Mykolaiv|Mykolajiw", "Mykolajiw|Nikolajew"] }),
    ).catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(InvalidInputError);
    expect((twice as InvalidInputError).fieldErrors.groups).toEqual([
      "“Mykolajiw|Nikolajew”: “Mykolajiw” is already in “Mykolaiv|Mykolajiw”; a spelling belongs to one group.",
    ]);

    expect(await variantsOf(workspace.id)).toEqual(["Mykolaiv|Mykolajiw"]);
    expect(await workspaceFingerprint(workspace.id)).toEqual(before);
  });
});

describe("/api/v1/workspace/name-variants", () => {
  it("reads for any token, replaces for admin tokens only, and answers bad input with problem details", async () => {
    const ws = await createWorkspaceWithMembers();
    const [viewer, editor, admin] = await Promise.all([
      tokenFor(ws, "VIEWER"),
      tokenFor(ws, "EDITOR"),
      tokenFor(ws, "ADMIN"),
    ]);
    const path = "/workspace/name-variants";

    expect((await call(getVariantsRoute, "GET", path, { token: viewer })).body).toEqual({ groups: [] });
    expectProblem(
      await call(putVariantsRoute, "PUT", path, { token: editor, body: { groups: ["Mykolaiv|Mykolajiw"] } }),
      403,
    );
    const saved = await call(putVariantsRoute, "PUT", path, {
      token: admin,
      body: { groups: [" Mykolaiv|Mykolajiw "] },
    });
    expect([saved.status, saved.body]).toEqual([200, { groups: ["Mykolaiv|Mykolajiw"] }]);
    expect((await call(getVariantsRoute, "GET", path, { token: viewer })).body).toEqual({
      groups: ["Mykolaiv|Mykolajiw"],
    });

    const malformed = await call(putVariantsRoute, "PUT", path, { token: admin, body: { groups: ["Ki3v|Kyiv"] } });
    expectProblem(malformed, 400);
    expect(JSON.stringify(malformed.body)).toContain("may contain only letters");
    expectProblem(await call(putVariantsRoute, "PUT", path, { token: admin, body: { groups: ["Kyiv|Kharkiv"] } }), 422);
    expectProblem(await call(getVariantsRoute, "GET", path, { token: null }), 401);
    expect(await variantsOf(ws.workspace.id)).toEqual(["Mykolaiv|Mykolajiw"]);
  });
});
