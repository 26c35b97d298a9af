"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { itemCounterFor } from "@/lib/reports/content/count-export-items";
import type { ReportFormat } from "@/lib/reports/schemas";

// format names are names of formats, the same in every language; their hints are in the catalogue (common.report.formatHint)
const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: "claimreview", label: "ClaimReview JSON-LD" },
  { format: "annotations", label: "W3C Web Annotations" },
  { format: "markdown", label: "Markdown" },
  { format: "csv", label: "CSV" },
  { format: "pdf", label: "PDF" },
];

const ITEM_NAME: Record<ReportFormat, "claims" | "annotations"> = {
  claimreview: "claims",
  annotations: "annotations",
  markdown: "claims",
  csv: "claims",
  pdf: "claims",
};

interface Progress {
  format: ReportFormat;
  state: "running" | "done" | "failed";
  bytes: number;
  items: number | null;
  total: number | null;
  error?: string;
  problems?: string[];
}

/**
 * Download links for every format. Without JavaScript they are plain links
 * (and a GET form for the CSV byte-order-mark option). With it, the file is
 * fetched and read as a stream, showing items and bytes received against the
 * total the server announces, then saved; a refused export shows why.
 */
export function ReportDownloads({ base, internal }: { base: string; internal: boolean }) {
  const t = useTranslations("common.report");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [bom, setBom] = useState(false);
  const busy = useRef(false);
  const hrefOf = (format: ReportFormat, withBom = false) => {
    const query = new URLSearchParams({
      ...(internal ? { internal: "1" } : {}),
      ...(withBom ? { bom: "1" } : {}),
    }).toString();
    return `${base}/${format}${query ? `?${query}` : ""}`;
  };

  async function download(event: { preventDefault(): void }, format: ReportFormat, href: string) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      await fetchWithProgress(format, href, setProgress, (status) =>
        status === null ? t("downloadFailed") : t("downloadFailedStatus", { status }),
      );
    } finally {
      busy.current = false;
    }
  }

  return (
    <section className="card report-downloads no-print" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{internal ? t("downloadInternal") : t("download")}</h2>
      <ul className="download-list">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            {format === "csv" ? (
              <form
                method="get"
                action={`${base}/csv`}
                className="csv-form"
                onSubmit={(e) => void download(e, "csv", hrefOf("csv", bom))}
              >
                {internal && <input type="hidden" name="internal" value="1" />}
                <button type="submit" className="button small secondary">
                  {label}
                </button>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="bom"
                    value="1"
                    checked={bom}
                    onChange={(e) => setBom(e.target.checked)}
                  />{" "}
                  {t("bom")}
                </label>
              </form>
            ) : (
              <a
                className="button small secondary"
                href={hrefOf(format)}
                download
                onClick={(e) => void download(e, format, hrefOf(format))}
              >
                {label}
              </a>
            )}
            <span className="muted"> {t(`formatHint.${format}`)}</span>
          </li>
        ))}
      </ul>
      <DownloadStatus progress={progress} />
    </section>
  );
}

function DownloadStatus({ progress }: { progress: Progress | null }) {
  const t = useTranslations("common.report");
  const locale = useLocale();
  if (!progress) return <p className="visually-hidden" role="status" aria-live="polite" />;
  const label = FORMATS.find((f) => f.format === progress.format)!.label;
  const size = `${(progress.bytes / 1024).toFixed(progress.bytes < 10_240 ? 1 : 0)} KB`;
  const counted = progress.items !== null && progress.total !== null;
  return (
    <div className="download-status" role="status" aria-live="polite">
      {progress.state === "failed" ? (
        <div className="alert error">
          <p style={{ margin: 0 }}>
            {label}: {progress.error}
          </p>
          {progress.problems && progress.problems.length > 0 && (
            <ul aria-label={t("whatIsMissing")}>
              {progress.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <>
          <label htmlFor="download-progress">
            {label}: {progress.state === "done" ? t("saved") : t("downloading")} ·{" "}
            {counted
              ? t("itemsOf", {
                  done: Math.min(progress.items!, progress.total!).toLocaleString(locale),
                  total: progress.total!.toLocaleString(locale),
                  items: t(`items.${ITEM_NAME[progress.format]}`),
                })
              : ""}
            {size}
          </label>
          {/* no value while the total is unknown (PDF): an indeterminate bar */}
          <progress
            id="download-progress"
            max={counted ? Math.max(progress.total!, 1) : undefined}
            value={
              progress.state === "done"
                ? counted
                  ? Math.max(progress.total!, 1)
                  : undefined
                : counted
                  ? Math.min(progress.items!, progress.total!)
                  : undefined
            }
          />
        </>
      )}
    </div>
  );
}

async function fetchWithProgress(
  format: ReportFormat,
  href: string,
  report: (p: Progress) => void,
  failed: (status: number | null) => string,
): Promise<void> {
  const base: Progress = { format, state: "running", bytes: 0, items: null, total: null };
  report(base);
  const response = await fetch(href, { credentials: "same-origin" }).catch(() => null);
  if (!response || !response.ok || !response.body) {
    const body = (await response?.json().catch(() => null)) as { error?: string; problems?: string[] } | null;
    return report({
      ...base,
      state: "failed",
      error: body?.error ?? failed(response ? response.status : null),
      problems: body?.problems,
    });
  }
  const total = Number(response.headers.get("X-Report-Items"));
  const counter = itemCounterFor(format);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  const parts: BlobPart[] = [];
  let bytes = 0;
  let items: number | null = counter ? 0 : null;
  let lastPaint = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parts.push(value);
    bytes += value.byteLength;
    if (counter) items = counter.push(decoder.decode(value, { stream: true }));
    // repaint a few times a second, not per chunk
    if (performance.now() - lastPaint > 100) {
      lastPaint = performance.now();
      report({ ...base, bytes, items, total: Number.isFinite(total) && counter ? total : null });
    }
  }
  const blob = new Blob(parts, { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
  save(blob, filenameOf(response.headers.get("Content-Disposition")) ?? `report.${format}`);
  report({ ...base, state: "done", bytes, items, total: Number.isFinite(total) && counter ? total : null });
}

function filenameOf(disposition: string | null): string | null {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? null;
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
