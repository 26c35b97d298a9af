import type { Metadata } from "next";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { getRatingScale } from "@/lib/workspaces/get-rating-scale";
import { ScaleForm } from "./scale-form";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "../admin-page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.scale"))("title") };
}

export default async function RatingScalePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "workspace.settings");
  const [levels, t] = await Promise.all([getRatingScale(actor), getTranslations("admin.scale")]);
  return (
    <>
      <AdminPageHead slug={slug} heading={t("heading")} />
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <ScaleForm slug={slug} levels={levels} />
      </section>
    </>
  );
}
