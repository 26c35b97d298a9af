import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The admin page's link to the webhooks page. */
export async function WebhooksLink({ slug }: { slug: string }) {
  const t = await getTranslations("webhooks");
  return (
    <Link className="button secondary" href={`/w/${slug}/admin/webhooks`}>
      {t("nav")}
    </Link>
  );
}
