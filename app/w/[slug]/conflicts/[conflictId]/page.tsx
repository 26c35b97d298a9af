import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageActor } from "@/app/_lib/page-actor";
import { getConflict, type ConflictDto } from "@/lib/conflicts/get-conflict";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy/policy";
import { memberLetter } from "../labels";
import { questionWording } from "../question-text";
import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/app/_components/time/local-time";
import { EvidenceList } from "./evidence-list";
import { findSourceMarks, type SourceMark } from "@/lib/sources/find-source-marks";
import { MemberColumn } from "./member-column";
import { ResolveForm } from "./resolve-form";
import { ReopenForm } from "./reopen-form";
import { conflictTabTitle, short } from "@/lib/navigation/page-titles";

/** The tab names the conflict (a small query; the page itself loads much more). */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; conflictId: string }>;
}): Promise<Metadata> {
  const { slug, conflictId } = await params;
  const [conflict, t, wordQuestion] = await Promise.all([
    conflictTabTitle(await pageActor(slug), conflictId),
    getTranslations("conflicts.conflict"),
    questionWording(),
  ]);
  return { title: conflict ? t("tabTitleNamed", { question: short(wordQuestion(conflict)) }) : t("title") };
}

export default async function ConflictPage({ params }: { params: Promise<{ slug: string; conflictId: string }> }) {
  const { slug, conflictId } = await params;
  const actor = await pageActor(slug);
  const conflict = await getConflict(actor, conflictId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canResolve = can(actor, "conflict.resolve");
  // the preserved copies of the resolution's sources (lib/sources)
  const sourceMarks = await findSourceMarks(
    actor,
    conflict.evidence.map((e) => e.url),
  );
  const [t, labels, memberName, questionOf] = await Promise.all([
    getTranslations("conflicts.conflict"),
    getTranslations("labels"),
    memberNamer(),
    questionWording(),
  ]);
  const base = `/w/${slug}/conflicts`;
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={conflict.status === "RESOLVED" ? `${base}?status=resolved` : base}>{t("back")}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{questionOf(conflict)}</h1>
          <p className="article-meta">
            <span className={`badge kind-${conflict.kind}`}>{labels(`conflictKind.${conflict.kind}`)}</span>{" "}
            <span className={`badge conflict-${conflict.status}`}>{labels(`conflictStatus.${conflict.status}`)}</span> ·{" "}
            {t.rich("detected", { date: () => <LocalTime date={conflict.createdAt} style="day" /> })}
          </p>
        </div>
        {can(actor, "report.exportInternal") && (
          <Link className="button secondary" href={`/w/${slug}/reports/new?scope=CONFLICT&conflictId=${conflict.id}`}>
            {t("createReport")}
          </Link>
        )}
      </div>
      {conflict.status === "RESOLVED" && (
        <Resolution
          slug={slug}
          conflict={conflict}
          canReopen={canResolve}
          memberName={memberName}
          sources={sourceMarks}
        />
      )}
      {conflict.diffs.length > 0 && <QuoteDiffs conflict={conflict} memberName={memberName} />}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("membersHeading")}</h2>
        {conflict.members.length === 0 && <p className="muted">{t("membersDeleted")}</p>}
        <div className="conflict-members">
          {conflict.members.map((member, i) => (
            <MemberColumn key={member.claimId} slug={slug} name={memberName(i)} member={member} />
          ))}
        </div>
      </section>
      {conflict.status === "OPEN" && canResolve && conflict.members.length > 0 && (
        <section className="card" aria-labelledby="resolve-heading">
          <ResolveForm
            slug={slug}
            conflictId={conflict.id}
            members={conflict.members.map((m, i) => ({
              claimId: m.claimId,
              name: memberName(i),
              statement: m.statement,
            }))}
            levels={conflict.ratingLevels}
          />
        </section>
      )}
      {conflict.status === "OPEN" && !canResolve && <p className="muted">{t("reviewerResolves")}</p>}
    </>
  );
}

/** "Claim A", "Claim B"… for member i, in the request's language. */
async function memberNamer(): Promise<(index: number) => string> {
  const t = await getTranslations("conflicts");
  return (index) => t("memberName", { letter: memberLetter(index) });
}

async function Resolution({
  slug,
  conflict,
  canReopen,
  memberName,
  sources,
}: {
  slug: string;
  conflict: ConflictDto;
  canReopen: boolean;
  memberName: (index: number) => string;
  sources: Record<string, SourceMark>;
}) {
  const [t, conflictT] = await Promise.all([
    getTranslations("conflicts.resolution"),
    getTranslations("conflicts.conflict"),
  ]);
  const decided = conflict.members.filter((m) => m.holds !== null);
  return (
    <section className="card resolution" aria-labelledby="resolution-heading">
      <h2 id="resolution-heading">{t("heading")}</h2>
      <p className="muted">
        {t.rich("resolved", {
          hasResolver: conflict.resolverName ? "yes" : "no",
          resolver: conflict.resolverName ?? "",
          hasDate: conflict.resolvedAt ? "yes" : "no",
          date: () => conflict.resolvedAt && <LocalTime date={conflict.resolvedAt} />,
        })}
      </p>
      {decided.length > 0 && (
        <ul className="holds-list" aria-label={t("whichHold")}>
          {conflict.members.map((m, i) =>
            m.holds === null ? null : (
              <li key={m.claimId}>
                <span className={`badge ${m.holds ? "holds" : "not-holds"}`}>
                  {m.holds ? conflictT("holds") : conflictT("notHolds")}
                </span>{" "}
                {memberName(i)}: {m.statement}
              </li>
            ),
          )}
        </ul>
      )}
      <p style={{ whiteSpace: "pre-wrap" }}>{conflict.resolution}</p>
      {conflict.evidence.length > 0 && (
        <>
          <h3>{t("evidence")}</h3>
          <EvidenceList evidence={conflict.evidence} label={t("evidenceLabel")} preserved={{ slug, sources }} />
        </>
      )}
      {canReopen && <ReopenForm slug={slug} conflictId={conflict.id} />}
    </section>
  );
}

async function QuoteDiffs({ conflict, memberName }: { conflict: ConflictDto; memberName: (index: number) => string }) {
  const t = await getTranslations("conflicts.quoteDiffs");
  const nameOf = (claimId: string) => memberName(conflict.members.findIndex((m) => m.claimId === claimId));
  return (
    <section className="card" aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      {conflict.diffs.map((d) => (
        <figure key={d.toClaimId} className="quote-diff">
          <figcaption>
            {nameOf(d.fromClaimId)} → {nameOf(d.toClaimId)}
          </figcaption>
          <p className="diff quote">
            {d.parts.map((p, i) =>
              p.type === "delete" ? (
                <del key={i}>{p.text}</del>
              ) : p.type === "insert" ? (
                <ins key={i}>{p.text}</ins>
              ) : (
                <span key={i}>{p.text}</span>
              ),
            )}
          </p>
        </figure>
      ))}
    </section>
  );
}
