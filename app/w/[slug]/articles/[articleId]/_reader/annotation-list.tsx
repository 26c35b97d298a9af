"use client";

import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import {
  defaultRangeExtractor,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from "@tanstack/react-virtual";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import { notePreview } from "@/lib/reader/note-preview";
import type { Filters } from "@/lib/reader/annotation-filters";
import { ANCHOR_STATE_OPTIONS, labelKey } from "@/lib/i18n/labels";

/** Row heights before measuring (px): a quote line and a meta line, plus up to two lines of note (see globals.css). */
const ROW_WITHOUT_NOTE = 62;
const ROW_WITH_NOTE = 100;
const ROW_GAP = 8;
/** The server cannot measure the margin: it renders the rows that fit this height, and the browser starts from the same. */
const SERVER_VIEWPORT = { width: 352, height: 720 };
/** Arrow keys move one row, Page Up / Page Down this many. */
const PAGE_ROWS = 8;

/**
 * The margin: filters and the annotations in text order. Choosing one scrolls
 * to and flashes its highlight.
 *
 * The list is virtual (only the rows in view, and a few around them, are in
 * the page), so an article with thousands of annotations stays as quick to
 * load and scroll as one with ten. It is one tab stop: the arrow keys, Home,
 * End, Page Up and Page Down move between rows, which scroll into view; each
 * row tells assistive technology its place (aria-posinset of aria-setsize).
 */
export function AnnotationList({
  all,
  shown,
  filters,
  activeId,
  onFilters,
  onChoose,
}: {
  all: AnnotationDto[];
  shown: AnnotationDto[];
  filters: Filters;
  activeId: string | null;
  onFilters(f: Filters): void;
  onChoose(id: string): void;
}) {
  const t = useTranslations("articles.annotationList");
  const labels = useTranslations("labels");
  const authors = [...new Map(all.map((a) => [a.authorId, a.authorName])).entries()];
  const tags = [...new Set(all.flatMap((a) => a.tags))].sort();
  const select = (key: keyof Filters, label: string, options: [string, string][]) => (
    <label>
      {label}
      <select value={filters[key]} onChange={(e) => onFilters({ ...filters, [key]: e.target.value })}>
        <option value="">{t("all")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="annotations" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">
        {t("heading")}{" "}
        <span className="muted">
          ({shown.length === all.length ? all.length : t("shownOf", { shown: shown.length, total: all.length })})
        </span>
      </h2>
      <div className="filters" role="group" aria-label={t("filtersLabel")}>
        {select("author", t("author"), authors)}
        {select("kind", t("kind"), [
          ["NOTE", t("kinds.NOTE")],
          ["CLAIM", t("kinds.CLAIM")],
        ])}
        {select(
          "tag",
          t("tag"),
          tags.map((tag) => [tag, tag]),
        )}
        {select(
          "state",
          t("anchor"),
          ANCHOR_STATE_OPTIONS.map((state) => [state, labels(labelKey.anchorState(state))]),
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{all.length === 0 ? t("empty") : t("noMatch")}</p>
      ) : (
        <VirtualRows annotations={shown} activeId={activeId} onChoose={onChoose} />
      )}
    </section>
  );
}

function VirtualRows({
  annotations,
  activeId,
  onChoose,
}: {
  annotations: AnnotationDto[];
  activeId: string | null;
  onChoose(id: string): void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // the row that takes the list's one tab stop (roving tabindex)
  const [cursor, setCursor] = useState(0);
  const tabStop = Math.min(cursor, annotations.length - 1);
  const activeIndex = activeId ? annotations.findIndex((a) => a.id === activeId) : -1;
  const focusWhenRendered = useRef<number | null>(null);

  // The row with focus and the current annotation's row stay rendered, even scrolled far away.
  const keep = useRef({ tabStop, activeIndex });
  keep.current = { tabStop, activeIndex };
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = new Set(defaultRangeExtractor(range));
    for (const index of [keep.current.tabStop, keep.current.activeIndex])
      if (index >= 0 && index < range.count) indexes.add(index);
    return [...indexes].sort((a, b) => a - b);
  }, []);

  // stable while the list is: the virtualizer recomputes its row positions whenever these change
  const estimateSize = useCallback(
    (index: number) => (annotations[index]?.noteStart ? ROW_WITH_NOTE : ROW_WITHOUT_NOTE),
    [annotations],
  );
  const getItemKey = useCallback((index: number) => annotations[index]!.id, [annotations]);
  const rows = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey,
    gap: ROW_GAP,
    overscan: 4,
    initialRect: SERVER_VIEWPORT,
    rangeExtractor,
    observeElementRect: observeRectAfterLayout,
    measureElement: measureAfterLayout,
  });

  // The reader moved to an annotation (j / k, a link, a click): bring its row into view.
  useEffect(() => {
    if (activeIndex < 0) return;
    setCursor(activeIndex);
    rows.scrollToIndex(activeIndex, { align: "auto" });
  }, [activeIndex, rows]);

  // Focus follows the arrow keys once the row has been rendered (it may have been out of view).
  useEffect(() => {
    const index = focusWhenRendered.current;
    if (index === null) return;
    const button = scroller.current?.querySelector<HTMLElement>(`li[data-index="${index}"] button`);
    if (button) {
      focusWhenRendered.current = null;
      button.focus({ preventScroll: true });
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const last = annotations.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: tabStop + 1,
      ArrowUp: tabStop - 1,
      PageDown: tabStop + PAGE_ROWS,
      PageUp: tabStop - PAGE_ROWS,
      Home: 0,
      End: last,
    };
    if (!(event.key in moves) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(last, moves[event.key]!));
    setCursor(next);
    focusWhenRendered.current = next;
    rows.scrollToIndex(next, { align: "auto" });
  }

  // Rows are memoized; their click handler must not change with every render of the reader.
  const choose = useRef(onChoose);
  choose.current = onChoose;
  const chooseRow = useCallback((id: string, index: number) => {
    setCursor(index);
    choose.current(id);
  }, []);

  return (
    <div ref={scroller} className="annotation-scroller">
      <ol
        className="annotation-list virtual"
        aria-labelledby="annotations-heading"
        style={{ height: rows.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {rows.getVirtualItems().map((row) => (
          <li
            key={row.key}
            ref={rows.measureElement}
            data-index={row.index}
            aria-setsize={annotations.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start}px)` }}
          >
            <AnnotationRow
              annotation={annotations[row.index]!}
              index={row.index}
              current={row.index === activeIndex}
              tabbable={row.index === tabStop}
              onChoose={chooseRow}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

/*
 * Sizes come only from ResizeObserver, which reports them once the browser has laid the page
 * out anyway. The library's defaults read them at once (clientHeight, offsetHeight), and read
 * while the page hydrates, that forces a layout of the whole highlighted article in the middle
 * of hydration. Until the first report, the list keeps the size the server assumed.
 */
function observeRectAfterLayout(
  instance: Virtualizer<HTMLDivElement, Element>,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return;
  const observer = new ResizeObserver(() => onRect({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

function measureAfterLayout(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

const AnnotationRow = memo(function AnnotationRow({
  annotation: a,
  index,
  current,
  tabbable,
  onChoose,
}: {
  annotation: AnnotationDto;
  index: number;
  current: boolean;
  tabbable: boolean;
  onChoose(id: string, index: number): void;
}) {
  const t = useTranslations("articles.annotationList");
  const labels = useTranslations("labels");
  const preview = notePreview(a.noteStart);
  return (
    <button
      type="button"
      data-kind={a.kind}
      aria-current={current ? "true" : undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onChoose(a.id, index)}
    >
      <span className="q">“{a.exact}”</span>
      <span className="meta">
        {t(`rowKind.${a.kind}`)} · {a.authorName}
        {a.anchorState !== "EXACT" && (
          <>
            {" "}
            · <span className={`state ${a.anchorState}`}>{labels(labelKey.anchorState(a.anchorState))}</span>
          </>
        )}
      </span>
      {preview && <span className="meta note">{preview}</span>}
    </button>
  );
});
