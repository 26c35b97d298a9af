import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ArticleHitDto } from "@/lib/search/find-article-hits";
import type { AnnotationHitDto } from "@/lib/search/find-annotation-hits";
import type { ClaimHitDto } from "@/lib/search/find-claim-hits";
import styles from "../search.module.css";
import { Snippet } from "./snippet";
import { LocalTime } from "@/app/_components/time/local-time";
import { formatCalendarDay } from "@/lib/time/format-time";
import { labelKey } from "@/lib/i18n/labels";

const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

export function ArticleResults({ slug, hits }: { slug: string; hits: ArticleHitDto[] }) {
  const t = useTranslations("search.results");
  const locale = useLocale();
  return (
    <ol className={styles.results}>
      {hits.map((a) => (
        <li key={a.id} className={styles.result}>
          <h3>
            <Link href={`/w/${slug}/articles/${a.id}`} aria-label={plain(a.title)}>
              <Snippet parts={a.title} />
            </Link>
          </h3>
          <p className={styles.meta}>
            {[
              a.outlet,
              a.byline,
              a.publishedAt && formatCalendarDay(a.publishedAt, "day", locale),
              a.versionNumber > 1 ? t("version", { number: a.versionNumber }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {a.snippet.length > 0 && (
            <p className={styles.quote}>
              <Snippet parts={a.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

export function AnnotationResults({ slug, hits }: { slug: string; hits: AnnotationHitDto[] }) {
  const t = useTranslations("search.results");
  const labels = useTranslations("labels");
  return (
    <ol className={styles.results}>
      {hits.map((n) => (
        <li key={n.id} className={styles.result}>
          <h3>
            <Link href={`/w/${slug}/articles/${n.articleId}?annotation=${encodeURIComponent(n.id)}`}>
              {t("annotationOn", { kind: n.kind, article: n.articleTitle })}
            </Link>
          </h3>
          <p className={styles.quote}>
            <span className="visually-hidden">{t("quote")}</span>
            <Snippet parts={n.quote} />
          </p>
          {n.note.length > 0 && (
            <p className={styles.note}>
              <span className="visually-hidden">{t("note")}</span>
              <Snippet parts={n.note} />
            </p>
          )}
          <p className={styles.meta}>
            <span>
              {n.authorName} · <LocalTime date={n.createdAt} style="day" />
            </span>
            {n.anchorState !== "EXACT" && (
              <span className={`state ${n.anchorState}`}>{labels(labelKey.anchorState(n.anchorState))}</span>
            )}
            {n.tags.map((t) => (
              <span key={t} className="badge">
                {t}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}

export function ClaimResults({ slug, hits }: { slug: string; hits: ClaimHitDto[] }) {
  const t = useTranslations("search.results");
  const labels = useTranslations("labels");
  const locale = useLocale();
  return (
    <ol className={styles.results}>
      {hits.map((c) => (
        <li key={c.id} className={styles.result}>
          <h3>
            <Link href={`/w/${slug}/claims/${c.id}`} aria-label={plain(c.statement)}>
              <Snippet parts={c.statement} />
            </Link>
          </h3>
          <p className={styles.meta}>
            {c.claimant.length > 0 && (
              <span>
                {t("claimant")}
                <Snippet parts={c.claimant} />
              </span>
            )}
            {c.claimDate && <span>{formatCalendarDay(c.claimDate, "day", locale)}</span>}
            <span>{t("appearances", { count: c.appearances })}</span>
            {c.verdicts.map((v, i) => (
              <span key={i} className={`status ${v.status}`}>
                {v.ratingLabel ?? t("noRating")} · {labels(labelKey.verdictStatus(v.status))}
              </span>
            ))}
            {c.similar && <span className="badge">{t("similar")}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
