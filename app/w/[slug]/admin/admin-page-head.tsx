import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** An admin subpage's heading, with the way back to the members page, the admin area's start. */
export async function AdminPageHead({ slug, heading }: { slug: string; heading: string }) {
  const nav = await getTranslations("admin.nav");
  return (
    <div className="page-head">
      <h1>{heading}</h1>
      <Link className="button secondary" href={`/w/${slug}/admin`}>
        {nav("members")}
      </Link>
    </div>
  );
}
