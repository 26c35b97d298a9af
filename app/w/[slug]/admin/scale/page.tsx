import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { getRatingScale } from "@/lib/workspaces/get-rating-scale";
import { ScaleForm } from "./scale-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.scale"))("title") };
}

export default async function RatingScalePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "workspace.settings");
  const [levels, t, nav] = await Promise.all([
    getRatingScale(actor),
    getTranslations("admin.scale"),
    getTranslations("admin.nav"),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        <Link className="button secondary" href={`/w/${slug}/admin`}>
          {nav("members")}
        </Link>
      </div>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <ScaleForm slug={slug} levels={levels} />
      </section>
    </>
  );
}
