import Link from "next/link";
import type { ArticleHitDto } from "@/lib/search/find-article-hits";
import type { AnnotationHitDto } from "@/lib/search/find-annotation-hits";
import type { ClaimHitDto } from "@/lib/search/find-claim-hits";
import { ANCHOR_LABELS, STATUS_LABELS } from "../labels";
import styles from "../search.module.css";
import { Snippet } from "./snippet";
import { LocalTime } from "@/app/_components/time/local-time";
import { formatCalendarDay } from "@/lib/time/format-time";

const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

export function ArticleResults({ slug, hits }: { slug: string; hits: ArticleHitDto[] }) {
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
            {[a.outlet, a.byline, a.publishedAt && formatCalendarDay(a.publishedAt), a.versionNumber > 1 ? `version ${a.versionNumber}` : null].filter(Boolean).join(" · ")}
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
  return (
    <ol className={styles.results}>
      {hits.map((n) => (
        <li key={n.id} className={styles.result}>
          <h3>
            <Link href={`/w/${slug}/articles/${n.articleId}?annotation=${encodeURIComponent(n.id)}`}>
              {n.kind === "CLAIM" ? "Claim" : "Note"} on “{n.articleTitle}”
            </Link>
          </h3>
          <p className={styles.quote}>
            <span className="visually-hidden">Quote: </span>
            <Snippet parts={n.quote} />
          </p>
          {n.note.length > 0 && (
            <p className={styles.note}>
              <span className="visually-hidden">Note: </span>
              <Snippet parts={n.note} />
            </p>
          )}
          <p className={styles.meta}>
            <span>
              {n.authorName} · <LocalTime date={n.createdAt} style="day" />
            </span>
            {n.anchorState !== "EXACT" && <span className={`state ${n.anchorState}`}>{ANCHOR_LABELS[n.anchorState]}</span>}
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
                Claimant: <Snippet parts={c.claimant} />
              </span>
            )}
            {c.claimDate && <span>{formatCalendarDay(c.claimDate)}</span>}
            <span>
              {c.appearances} appearance{c.appearances === 1 ? "" : "s"}
            </span>
            {c.verdicts.map((v, i) => (
              <span key={i} className={`status ${v.status}`}>
                {v.ratingLabel ?? "No rating"} · {STATUS_LABELS[v.status]}
              </span>
            ))}
            {c.similar && <span className="badge">Similar wording</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
