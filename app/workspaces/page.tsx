import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { CreateWorkspaceForm } from "./create-workspace-form";
import { labelKey } from "@/lib/i18n/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace.list"))("title") };
}
export const dynamic = "force-dynamic";

export default async function WorkspacesPage() {
  const user = await pageUser("/workspaces");
  const [workspaces, t, labels] = await Promise.all([
    findMyWorkspaces(user.id),
    getTranslations("workspace.list"),
    getTranslations("labels"),
  ]);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <h1>{t("heading")}</h1>
        {workspaces.length === 0 ? (
          <p className="alert info">{t("noneYet", { email: user.email })}</p>
        ) : (
          <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
            {workspaces.map((w) => (
              <li key={w.slug} className="card">
                <h2>
                  <Link href={`/w/${w.slug}`}>{w.name}</Link>
                </h2>
                <span className={`badge ${w.role}`}>{labels(labelKey.role(w.role)).toLowerCase()}</span>
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
