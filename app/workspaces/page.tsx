import type { Metadata } from "next";
import Link from "next/link";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { CreateWorkspaceForm } from "./create-workspace-form";

export const metadata: Metadata = { title: "Workspaces" };
export const dynamic = "force-dynamic";

export default async function WorkspacesPage() {
  const user = await pageUser("/workspaces");
  const workspaces = await findMyWorkspaces(user.id);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <h1>Your workspaces</h1>
        {workspaces.length === 0 ? (
          <p className="alert info">You are not a member of any workspace yet. Ask an admin of your newsroom to add {user.email}, or start your own below.</p>
        ) : (
          <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
            {workspaces.map((w) => (
              <li key={w.slug} className="card">
                <h2>
                  <Link href={`/w/${w.slug}`}>{w.name}</Link>
                </h2>
                <span className={`badge ${w.role}`}>{w.role.toLowerCase()}</span>
              </li>
            ))}
          </ul>
        )}
        <section className="card" style={{ maxWidth: "36rem" }}>
          <CreateWorkspaceForm />
        </section>
      </main>
    </>
  );
}
