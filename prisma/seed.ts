/**
 * Demo data for `npm start` on the embedded database: one workspace, one user
 * per role, three short articles written by the Factdesk team, and the work
 * of a desk on them (prisma/demo/demo-story.ts), so every page has something
 * to show on the first start. Idempotent: does nothing if the demo workspace
 * already exists.
 */
import "dotenv/config";
import { db, disconnectDb } from "../lib/db/client";
import { hashPassword } from "../lib/auth/password";
import { createWorkspace } from "../lib/workspaces/create-workspace";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "../lib/workspaces/demo";
import { tellDemoStory } from "./demo/demo-story";
import type { Actor, Role } from "../lib/policy/actor";
import { installJobHandlers } from "../lib/worker/install-job-handlers";

async function main(): Promise<void> {
  installJobHandlers(); // the demo story's use cases detect conflicts inline: no job runner here
  if (await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE.slug } })) {
    console.log("Demo data already present.");
    return;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await Promise.all(
    DEMO_USERS.map((u) =>
      db.user.upsert({
        where: { email: u.email },
        update: {},
        create: { email: u.email, name: u.name, passwordHash },
        select: { id: true },
      }),
    ),
  );
  const admin = users[DEMO_USERS.findIndex((u) => u.role === "ADMIN")]!;
  const workspace = await createWorkspace(admin.id, DEMO_WORKSPACE);
  await db.membership.createMany({
    data: DEMO_USERS.map((u, i) => ({ workspaceId: workspace.id, userId: users[i]!.id, role: u.role })).filter(
      (m) => m.role !== "ADMIN",
    ),
  });
  const cast = Object.fromEntries(
    DEMO_USERS.map((u, i) => [u.role, { userId: users[i]!.id, workspaceId: workspace.id, role: u.role }]),
  ) as Record<Role, Actor>;
  await tellDemoStory(cast);
  console.log(
    `Seeded workspace "${DEMO_WORKSPACE.name}" with ${DEMO_USERS.length} users and a desk's work on three articles.`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
