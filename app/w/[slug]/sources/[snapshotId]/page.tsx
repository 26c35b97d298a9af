import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/app/_lib/page-actor";
import { LocalTime } from "@/app/_components/time/local-time";
import { NotFoundError } from "@/lib/errors";
import { getSource } from "@/lib/sources/get-source";
import type { Actor } from "@/lib/policy/actor";
import { HealthBadge } from "../health-badge";

async function load(actor: Actor, snapshotId: string) {
  return getSource(actor, snapshotId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; snapshotId: string }>;
}): Promise<Metadata> {
  const { slug, snapshotId } = await params;
  const source = await load(await pageActor(slug), snapshotId);
  return { title: source.title || source.url };
}

/** One preserved source: the stored copy, its fingerprint and provenance, and what the last check found. */
export default async function SourcePage({ params }: { params: Promise<{ slug: string; snapshotId: string }> }) {
  const { slug, snapshotId } = await params;
  const source = await load(await pageActor(slug), snapshotId);
  const t = await getTranslations("sources.detail");
  return (
    <>
      <p>
        <Link href={`/w/${slug}/sources`}>{t("back")}</Link>
      </p>
      <div className="page-head">
        <h1 style={{ overflowWrap: "anywhere" }}>{source.title || source.url}</h1>
        <HealthBadge health={source.health} />
      </div>
      <p>
        <a href={source.url} rel="noopener nofollow noreferrer" target="_blank">
          {t("original")}
        </a>
      </p>
      <section className="card" aria-labelledby="source-facts">
        <h2 id="source-facts">{t("facts")}</h2>
        <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "0.25rem 1rem" }}>
          <dt>{t("address")}</dt>
          <dd style={{ margin: 0, overflowWrap: "anywhere" }}>{source.url}</dd>
          <dt>{t("fetchedAt")}</dt>
          <dd style={{ margin: 0 }}>
            {source.fetchedAt ? <LocalTime date={source.fetchedAt} withZone /> : t("notYet")}
            {!source.fetchedAt && source.error && (
              <div className="muted">{t("attempts", { count: source.attempts, error: source.error })}</div>
            )}
          </dd>
          <dt>{t("httpStatus")}</dt>
          <dd style={{ margin: 0 }}>{source.httpStatus ?? "—"}</dd>
          <dt>{t("contentType")}</dt>
          <dd style={{ margin: 0 }}>{source.contentType ?? "—"}</dd>
          <dt>{t("hash")}</dt>
          <dd style={{ margin: 0 }}>
            <code style={{ overflowWrap: "anywhere" }}>{source.contentHash ?? "—"}</code>
          </dd>
          <dt>{t("health")}</dt>
          <dd style={{ margin: 0 }}>
            <HealthBadge health={source.health} />
          </dd>
          <dt>{t("lastCheck")}</dt>
          <dd style={{ margin: 0 }}>
            {source.checkedAt ? <LocalTime date={source.checkedAt} withZone /> : t("never")}
          </dd>
          {source.checkedAt && (
            <>
              <dt>{t("checkAnswer")}</dt>
              <dd style={{ margin: 0 }}>{source.checkStatus ?? t("noAnswer")}</dd>
            </>
          )}
          {source.checkError && (
            <>
              <dt>{t("checkError")}</dt>
              <dd style={{ margin: 0 }}>{source.checkError}</dd>
            </>
          )}
        </dl>
      </section>
      {source.httpStatus !== null && source.httpStatus >= 400 && (
        <p className="alert warning">{t("deadAtCitation", { status: source.httpStatus })}</p>
      )}
      {source.fetchedAt && (
        <section aria-labelledby="source-copy">
          <h2 id="source-copy">{t("copy")}</h2>
          {source.text ? (
            <div className="card" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {source.text}
            </div>
          ) : (
            source.httpStatus !== null &&
            source.httpStatus < 400 && <p className="muted">{t("noText", { type: source.contentType ?? "—" })}</p>
          )}
        </section>
      )}
    </>
  );
}
