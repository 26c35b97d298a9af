/**
 * Demo data for `npm start` on the embedded database: one workspace, one user
 * per role, and three short articles written by the Factdesk team. Idempotent:
 * does nothing if the demo workspace already exists.
 */
import "dotenv/config";
import { db, disconnectDb } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { createWorkspace } from "../lib/workspaces/create-workspace";
import { canonicalText, sha256Hex } from "../lib/articles/canonical-text";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "../lib/workspaces/demo";
import articles from "./demo/articles.json";

async function main(): Promise<void> {
  if (await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE.slug } })) {
    console.log("Demo data already present.");
    return;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await Promise.all(
    DEMO_USERS.map((u) =>
      db.user.upsert({ where: { email: u.email }, update: {}, create: { email: u.email, name: u.name, passwordHash }, select: { id: true } }),
    ),
  );
  const admin = users[DEMO_USERS.findIndex((u) => u.role === "ADMIN")]!;
  const workspace = await createWorkspace(admin.id, DEMO_WORKSPACE);
  await db.membership.createMany({
    data: DEMO_USERS.map((u, i) => ({ workspaceId: workspace.id, userId: users[i]!.id, role: u.role })).filter((m) => m.role !== "ADMIN"),
  });
  const editor = users[DEMO_USERS.findIndex((u) => u.role === "EDITOR")]!;
  for (const article of articles) {
    const text = canonicalText(article.text);
    await db.article.create({
      data: {
        workspaceId: workspace.id,
        title: article.title,
        outlet: article.outlet,
        author: article.author,
        language: article.language,
        publishedAt: new Date(article.publishedAt),
        createdById: editor.id,
        versions: { create: { workspaceId: workspace.id, number: 1, text, sha256: sha256Hex(text), createdById: editor.id } },
      },
    });
  }
  console.log(`Seeded workspace "${DEMO_WORKSPACE.name}" with ${DEMO_USERS.length} users and ${articles.length} articles.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
