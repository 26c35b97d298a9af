import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/app/_components/time/local-time";
import { NotFoundError } from "@/lib/errors";
import { factCheckPath } from "@/lib/public-urls/public-address";
import { getPublicSourceCopy } from "@/lib/publishing/get-public-source-copy";

export const dynamic = "force-dynamic";

type Params = Promise<{ workspace: string; snapshotId: string }>;

async function load(workspace: string, snapshotId: string) {
  return getPublicSourceCopy(workspace, snapshotId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, snapshotId } = await params;
  const [copy, t] = await Promise.all([load(workspace, snapshotId), getTranslations("sources.public")]);
  // someone else's words, kept as evidence: readers may see them, search engines need not index them
  return {
    title: t("title", { title: copy.title || t("untitled") }),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

/**
 * The public, read-only preserved copy of a source that a public fact-check
 * cites (no sign-in). The rule of what is public is in getPublicSourceCopy:
 * anything else is a 404, alike for unknown ids.
 */
export default async function PublicSourceCopyPage({ params }: { params: Params }) {
  const { workspace, snapshotId } = await params;
  const [copy, t] = await Promise.all([load(workspace, snapshotId), getTranslations("sources.public")]);
  const checked = copy.checkedAt ?? copy.fetchedAt;
  return (
    <main id="main" className="page public-source">
      <p className="muted">{t("heading")}</p>
      <h1 style={{ overflowWrap: "anywhere" }}>{copy.title || t("untitled")}</h1>
      <p>{t("intro")}</p>
      <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "0.25rem 1rem" }}>
        <dt>{t("original")}</dt>
        <dd style={{ margin: 0, overflowWrap: "anywhere" }}>
          <a href={copy.url} rel="noopener nofollow noreferrer">
            {copy.url}
          </a>
        </dd>
        <dt>{t("fetchedAt")}</dt>
        <dd style={{ margin: 0 }}>
          <LocalTime date={copy.fetchedAt} withZone />
        </dd>
        <dt>{t("httpStatus")}</dt>
        <dd style={{ margin: 0 }}>{copy.httpStatus ?? "—"}</dd>
        <dt>{t("hash")}</dt>
        <dd style={{ margin: 0 }}>
          <code style={{ overflowWrap: "anywhere" }}>{copy.contentHash ?? "—"}</code>
        </dd>
      </dl>
      {copy.health === "CHANGED" && (
        <p className="alert warning">{t("changed", { date: checked.toISOString().slice(0, 10) })}</p>
      )}
      {copy.health === "DEAD" && (
        <p className="alert warning">{t("dead", { date: checked.toISOString().slice(0, 10) })}</p>
      )}
      <section aria-labelledby="cited-by">
        <h2 id="cited-by">{t("citedBy")}</h2>
        <ul>
          {copy.claims.map((c) => (
            <li key={c.id}>
              <Link href={factCheckPath(workspace, c)}>{c.shortStatement || c.statement}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="preserved-text">
        <h2 id="preserved-text">{t("copy")}</h2>
        {copy.text ? (
          <div lang="" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxWidth: "70ch", lineHeight: 1.6 }}>
            {copy.text}
          </div>
        ) : (
          <p className="muted">{t("noText", { type: copy.contentType ?? "—" })}</p>
        )}
      </section>
    </main>
  );
}
