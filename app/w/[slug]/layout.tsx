import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/app/_components/app-header";
import { WorkspaceNav, type NavItem } from "@/app/_components/workspace-nav";
import { pageActor, pageUser } from "@/app/_lib/page-actor";
import { NavWithSearch } from "./search/_components/nav-with-search";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { can } from "@/lib/policy/policy";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  const user = await pageUser(`/w/${slug}`);
  const [workspaces, t] = await Promise.all([findMyWorkspaces(user.id), getTranslations("workspace.nav")]);
  const base = `/w/${slug}`;
  const items: NavItem[] = [
    { href: base, label: t("overview") },
    { href: `${base}/articles`, label: t("articles") },
    { href: `${base}/claims`, label: t("claims") },
    { href: `${base}/review`, label: t("review") },
    { href: `${base}/conflicts`, label: t("conflicts") },
    { href: `${base}/reports`, label: t("reports") },
    ...(can(actor, "member.read") ? [{ href: `${base}/admin`, label: t("admin") }] : []),
  ];
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={workspaces.find((w) => w.slug === slug) ?? null} />
      <NavWithSearch slug={slug}>
        <WorkspaceNav items={items} />
      </NavWithSearch>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
