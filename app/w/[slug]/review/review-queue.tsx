"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { QueueItemDto } from "@/lib/verdicts/find-review-queue";
import { ReviewForm } from "../claims/_components/review-form";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { WarningBlock } from "./warning-block";
import { quoted } from "@/app/_components/claims/quoted";
import { RatingBadge } from "@/app/_components/rating-badge";
import { SourceMarkView } from "../sources/_components/source-mark";
import type { SourceMark } from "@/lib/sources/find-source-marks";

/** the id of what the review page shows when no verdict is left to review (the focus goes there after the last decision) */
const QUEUE_EMPTY_ID = "review-queue-empty";

/**
 * Submitted verdicts, reviewable from the keyboard: j / k move between them,
 * a approves the current one, r or c go to its reason field (then Tab to
 * "Reject" or "Request changes").
 */
export function ReviewQueue({
  slug,
  items,
  canReview,
  sources = {},
}: {
  slug: string;
  items: QueueItemDto[];
  canReview: boolean;
  sources?: Record<string, SourceMark>;
}) {
  const t = useTranslations("review.queue");
  const [current, setCurrent] = useState(0);
  const list = useRef<HTMLOListElement>(null);
  const decided = useRef<{ id: string; index: number } | null>(null);

  // A decided verdict leaves the queue with the refresh: the focus goes to the one that took its place (or the
  // new last one), and j / k go on from there. The last one leaves an empty queue, whose heading takes the focus.
  useEffect(() => {
    const done = decided.current;
    if (!done || items.some((item) => item.verdict.id === done.id)) return;
    decided.current = null;
    const next = Math.min(done.index, items.length - 1);
    setCurrent(next);
    (list.current?.children[next] as HTMLElement | undefined)?.focus();
  }, [items]);
  const afterDecision = (id: string, index: number) => () => {
    decided.current = { id, index };
    if (items.length === 1) focusWhenPresent(QUEUE_EMPTY_ID);
  };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.altKey || event.ctrlKey || event.metaKey || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
        return;
      const item = list.current?.children[current] as HTMLElement | undefined;
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        const next = Math.max(0, Math.min(items.length - 1, current + (event.key === "j" ? 1 : -1)));
        setCurrent(next);
        const el = list.current?.children[next] as HTMLElement | undefined;
        el?.focus();
        el?.scrollIntoView({ block: "nearest" });
      } else if (event.key === "a") {
        event.preventDefault();
        item?.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="a"]')?.click();
      } else if (event.key === "r" || event.key === "c") {
        event.preventDefault();
        item?.querySelector<HTMLTextAreaElement>("textarea")?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    // the shortcuts work from here on (the list streams in behind a loading state, then hydrates): tests wait for this
    list.current?.setAttribute("data-hydrated", "true");
    return () => window.removeEventListener("keydown", onKey);
  }, [current, items.length]);

  return (
    <ol ref={list} style={{ listStyle: "none", padding: 0 }} aria-label={t("label")}>
      {items.map((item, i) => {
        const rev = item.verdict.revisions[0]!;
        return (
          <li
            key={item.verdict.id}
            className="card queue-item"
            tabIndex={-1}
            aria-current={i === current ? "true" : undefined}
            onFocus={() => setCurrent(i)}
            aria-labelledby={`q-${item.verdict.id}`}
          >
            <h2 id={`q-${item.verdict.id}`} style={{ fontSize: "1.1rem" }}>
              <Link href={`/w/${slug}/claims/${item.claim.id}`}>{item.claim.statement}</Link>
            </h2>
            <p className="muted">
              {[
                item.claim.claimant && t("claimedBy", { claimant: item.claim.claimant }),
                t("byline", { author: item.verdict.authorName, number: rev.number }),
                item.assignedToActor && t("assignedToYou"),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {item.warnings.length > 0 && (
              <WarningBlock slug={slug} id={`warnings-${item.verdict.id}-block`} warnings={item.warnings} />
            )}
            {item.appearances.map((a, j) => (
              <p key={j} className="appearance">
                {quoted(a.exact)} — <Link href={`/w/${slug}/articles/${a.articleId}`}>{a.articleTitle}</Link>
              </p>
            ))}
            {item.moreAppearances > 0 && (
              <p className="muted">
                <Link href={`/w/${slug}/claims/${item.claim.id}`}>
                  {t("moreAppearances", { count: item.moreAppearances })}
                </Link>
              </p>
            )}
            <p>
              <RatingBadge label={rev.ratingLabel} tone={rev.ratingTone} /> {rev.summary}
            </p>
            {rev.evidence.length > 0 && (
              <ul aria-label={t("evidence")}>
                {rev.evidence.map((e) => (
                  <li key={e.id}>
                    <a href={e.url} rel="noopener nofollow noreferrer" target="_blank">
                      {e.title}
                    </a>
                    <SourceMarkView slug={slug} mark={sources[e.url]} title={e.title} />
                    {e.quote && ` ${t("quotedEvidence", { quote: e.quote })}`}
                  </li>
                ))}
              </ul>
            )}
            {item.isOwn ? (
              <p className="muted">{t("own")}</p>
            ) : (
              canReview && (
                <ReviewForm
                  slug={slug}
                  verdictId={item.verdict.id}
                  lockVersion={item.verdict.lockVersion}
                  warnings={item.warnings.map((w) => `${w.articleTitle}: ${w.summary}`)}
                  warningsId={`warnings-${item.verdict.id}-block`}
                  onReviewed={afterDecision(item.verdict.id, i)}
                />
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}
