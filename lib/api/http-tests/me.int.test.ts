/**
 * /api/v1/me and /api/v1/me/preferences over HTTP: the token's own person, and
 * their language and time zone set through the account page's use cases
 * (audited as there). Another admin's token (a token acts as the admin who
 * made it) changes only its own person; a bad field is a 400 naming it and
 * changes nothing.
 */
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/me/route";
import { PUT } from "@/app/api/v1/me/preferences/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createUser, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

const me = (token: string) => call(GET, "GET", "/me", { token });
const put = (token: string, body: unknown) => call(PUT, "PUT", "/me/preferences", { token, body });
const saved = (userId: string) =>
  db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true, timeZone: true } });
/** A second admin of the workspace (tokens are made by admins and act as them) and a token of theirs. */
async function anotherAdmin(w: TestWorkspace) {
  const user = await createUser({ workspaceId: w.workspace.id, role: "ADMIN" });
  const { secret } = await createApiToken(
    { userId: user.id, workspaceId: w.workspace.id, role: "ADMIN" },
    { name: "second admin", role: "EDITOR" },
  );
  return { user, token: secret };
}
const auditOf = (userId: string) =>
  db.auditEvent.findMany({
    where: { entityId: userId, action: { in: ["user.locale_changed", "user.time_zone_changed"] } },
    orderBy: { chainSeq: "asc" },
    select: { action: true, actorId: true, workspaceId: true, before: true, after: true },
  });

describe("GET /me", () => {
  it("names the token's person, their role through the token, the workspace and their preferences", async () => {
    const w = await createWorkspaceWithMembers();
    const admin = w.users.ADMIN;
    const response = await me(await tokenFor(w, "VIEWER"));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({
      id: admin.id,
      name: admin.name,
      email: admin.email,
      role: "VIEWER", // the lower of the token's and the admin's
      workspace: { id: w.workspace.id, slug: w.workspace.slug, name: w.workspace.name },
      language: null,
      timeZone: null,
    });
    expectProblem(await me("fd_" + "x".repeat(43)), 401);
  });
});

describe("PUT /me/preferences", () => {
  it("sets the token's person's language and time zone, audited as on the account page; GET /me shows them", async () => {
    const w = await createWorkspaceWithMembers();
    const person = w.users.ADMIN; // a token acts as the admin who made it (here with the reviewer role)
    const token = await tokenFor(w, "REVIEWER");

    const response = await put(token, { language: "uk", timeZone: "Europe/Kyiv" });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({ language: "uk", timeZone: "Europe/Kyiv" });
    expect(await saved(person.id)).toEqual({ locale: "uk", timeZone: "Europe/Kyiv" });
    expect((await me(token)).body).toMatchObject({ id: person.id, language: "uk", timeZone: "Europe/Kyiv" });

    // null (or "") is "not chosen"; the same value again writes no audit row
    expect((await put(token, { language: null, timeZone: "Europe/Kyiv" })).body).toEqual({
      language: null,
      timeZone: "Europe/Kyiv",
    });
    expect((await put(token, { language: "", timeZone: "" })).body).toEqual({ language: null, timeZone: null });
    expect(await auditOf(person.id)).toEqual([
      {
        action: "user.locale_changed",
        actorId: person.id,
        workspaceId: null,
        before: { locale: null },
        after: { locale: "uk" },
      },
      {
        action: "user.time_zone_changed",
        actorId: person.id,
        workspaceId: null,
        before: { timeZone: null },
        after: { timeZone: "Europe/Kyiv" },
      },
      {
        action: "user.locale_changed",
        actorId: person.id,
        workspaceId: null,
        before: { locale: "uk" },
        after: { locale: null },
      },
      {
        action: "user.time_zone_changed",
        actorId: person.id,
        workspaceId: null,
        before: { timeZone: "Europe/Kyiv" },
        after: { timeZone: null },
      },
    ]);
  });

  it("is always the token's own person: another admin's token changes only theirs, and cannot name someone else", async () => {
    const w = await createWorkspaceWithMembers();
    const mine = w.users.ADMIN;
    await put(await tokenFor(w, "EDITOR"), { language: "en", timeZone: "America/New_York" });

    const other = await anotherAdmin(w);
    expect((await me(other.token)).body).toMatchObject({ id: other.user.id, role: "EDITOR" });
    expect((await put(other.token, { language: "uk", timeZone: "Asia/Tokyo" })).status).toBe(200);
    expectProblem(await put(other.token, { language: "uk", timeZone: "Asia/Tokyo", userId: mine.id }), 400);
    expect(await saved(mine.id)).toEqual({ locale: "en", timeZone: "America/New_York" });
    expect(await saved(other.user.id)).toEqual({ locale: "uk", timeZone: "Asia/Tokyo" });
    expect((await auditOf(mine.id)).map((event) => event.actorId)).toEqual([mine.id, mine.id]);
    expect((await auditOf(other.user.id)).map((event) => event.actorId)).toEqual([other.user.id, other.user.id]);
  });

  it("refuses an unknown zone or language with the field's message, and changes and audits nothing", async () => {
    const w = await createWorkspaceWithMembers();
    const person = w.users.ADMIN;
    const token = await tokenFor(w, "VIEWER");
    await put(token, { language: "en", timeZone: "Europe/Lisbon" });
    const auditBefore = await auditOf(person.id);

    const zone = await put(token, { language: "uk", timeZone: "Mars/Olympus_Mons" });
    expectProblem(zone, 400);
    expect(zone.body.errors).toEqual([{ pointer: "/timeZone", detail: "Choose a time zone from the list." }]);
    const language = await put(token, { language: "fr", timeZone: "Europe/Kyiv" });
    expectProblem(language, 400);
    expect(language.body.errors).toEqual([{ pointer: "/language", detail: "Choose a language from the list." }]);
    for (const bad of [
      { language: "uk" },
      { language: "uk", timeZone: "+02:00" },
      { language: 7, timeZone: "Europe/Kyiv" },
      "not json",
      "null",
      "[]",
      "42",
      '{"__proto__":{"timeZone":"Asia/Tokyo"}}',
    ])
      expectProblem(await put(token, bad), 400);
    expectProblem(
      await call(PUT, "PUT", "/me/preferences", {
        token,
        body: '{"language":"uk","timeZone":"Asia/Tokyo"}',
        contentType: "text/plain",
      }),
      415,
    );

    expect(await saved(person.id)).toEqual({ locale: "en", timeZone: "Europe/Lisbon" });
    expect(await auditOf(person.id)).toEqual(auditBefore);
  });

  it("is in the OpenAPI document with its body and answers", async () => {
    const document = (await call(openApi, "GET", "/openapi.json")).body;
    expect(document.paths["/api/v1/me"].get).toMatchObject({ operationId: "getMe", "x-minimum-role": "VIEWER" });
    expect(document.paths["/api/v1/me/preferences"].put).toMatchObject({
      operationId: "replacePreferences",
      responses: { 200: expect.anything(), 400: expect.anything() },
    });
    expect(document.components.schemas.ReplacePreferences.required).toEqual(["language", "timeZone"]);
  });
});
