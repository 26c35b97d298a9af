import type { ReactNode } from "react";
import Link from "next/link";
import type { ConflictMemberDto } from "@/lib/conflicts/get-conflict";
import { useLocale, useTranslations } from "next-intl";
import { formatCalendarDay } from "@/lib/time/format-time";
import { EvidenceList } from "./evidence-list";
import { RelationLine } from "@/app/_components/claims/relation-line";
import { RatingBadge } from "@/app/_components/rating-badge";
import { labelKey } from "@/lib/i18n/labels";

/** One member claim of a conflict: the claim, where it appears (in context), and its verdicts. */
export function MemberColumn({ slug, name, member: m }: { slug: string; name: string; member: ConflictMemberDto }) {
  const t = useTranslations("conflicts.member");
  const conflict = useTranslations("conflicts.conflict");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const id = `member-${m.claimId}`;
  const event = [m.event.label, m.event.date && formatCalendarDay(m.event.date, "day", locale), m.event.place]
    .filter(Boolean)
    .join(" · ");
  return (
    <article className="card conflict-member" aria-labelledby={`${id}-heading`} data-testid="conflict-member">
      <header>
        <h3 id={`${id}-heading`}>{name}</h3>
        {m.holds !== null && (
          <span className={`badge ${m.holds ? "holds" : "not-holds"}`}>
            {m.holds ? conflict("holds") : conflict("notHolds")}
          </span>
        )}
      </header>
      <p className="claim-statement">{m.statement}</p>
      <dl className="facts">
        {m.claimant && <Fact term={t("claimant")}>{m.claimant}</Fact>}
        {m.value && (
          <Fact term={t("value")}>
            {m.value}
            {m.asOf && <> {t("asOf", { date: formatCalendarDay(m.asOf, "day", locale) })}</>}
          </Fact>
        )}
        {event && <Fact term={t("event")}>{event}</Fact>}
        {m.quote && <Fact term={t("quotedWords")}>{t("quoted", { quote: m.quote })}</Fact>}
      </dl>
      <p>
        <Link href={`/w/${slug}/claims/${m.claimId}`}>{t("viewClaim", { name })}</Link>
      </p>
      {m.relations.length > 0 && (
        <>
          <h4>{t("relations", { count: m.relations.length })}</h4>
          <ul className="relation-list">
            {m.relations.map((r) => (
              <li key={`${r.id}-${r.direction}`}>
                <span>
                  <RelationLine slug={slug} relation={r} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t("appearances", { count: m.appearances.length })}</h4>
      {m.appearances.length === 0 && <p className="muted">{t("noAppearance")}</p>}
      {m.appearances.map((a) => (
        <figure key={a.annotationId} className="member-appearance">
          <blockquote className="appearance">
            {contextBefore(a.prefix)}
            <mark>{a.exact}</mark>
            {contextAfter(a.suffix)}
          </blockquote>
          <figcaption>
            <Link href={`/w/${slug}/articles/${a.articleId}`}>{a.articleTitle}</Link>
            {a.outlet && <span className="muted"> · {a.outlet}</span>}
          </figcaption>
        </figure>
      ))}
      <h4>{t("verdicts", { count: m.verdicts.length })}</h4>
      {m.verdicts.length === 0 && <p className="muted">{t("noVerdict")}</p>}
      <ul className="member-verdicts">
        {m.verdicts.map((v) => {
          const current = v.revisions[0]!;
          return (
            <li key={v.id}>
              <p className="verdict-line">
                <RatingBadge label={current.ratingLabel} tone={current.ratingTone} />{" "}
                <span className={`status ${v.status}`}>{labels(labelKey.verdictStatus(v.status))}</span>{" "}
                <span className="muted">{t("byAuthor", { name: v.authorName })}</span>
              </p>
              <p className="verdict-summary">{current.summary}</p>
              {current.evidence.length > 0 && (
                <EvidenceList evidence={current.evidence} label={t("evidenceFor", { name: v.authorName })} />
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The stored prefix, kept to the annotation's paragraph; "…" marks a cut inside a sentence. */
function contextBefore(prefix: string): string {
  const newline = prefix.lastIndexOf("\n");
  const text = prefix.slice(newline + 1);
  return newline < 0 && /^\p{Ll}/u.test(text) ? `…${text}` : text;
}

/** The stored suffix, kept to the annotation's paragraph; "…" marks a cut inside a sentence. */
function contextAfter(suffix: string): string {
  const newline = suffix.indexOf("\n");
  const text = newline < 0 ? suffix : suffix.slice(0, newline);
  return newline < 0 && !/[.!?…"”»’)]\s*$/u.test(text) ? `${text}…` : text;
}
