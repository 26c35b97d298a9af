"use client";

import { useRef, useState } from "react";
import { itemCounterFor } from "@/lib/reports/count-export-items";
import type { ReportFormat } from "@/lib/reports/schemas";

const FORMATS: { format: ReportFormat; label: string; hint: string }[] = [
  { format: "claimreview", label: "ClaimReview JSON-LD", hint: "schema.org markup for search engines and fact-check tools (approved verdicts only)" },
  { format: "annotations", label: "W3C Web Annotations", hint: "the highlighted passages as a Web Annotation collection (offsets in code points and UTF-16 units)" },
  { format: "markdown", label: "Markdown", hint: "readable text for a CMS or a newsletter" },
  { format: "csv", label: "CSV", hint: "one row per claim, for spreadsheets" },
  { format: "pdf", label: "PDF", hint: "printable document" },
];

const ITEM_NAME: Record<ReportFormat, string> = { claimreview: "claims", annotations: "annotations", markdown: "claims", csv: "claims", pdf: "claims" };

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
  const [progress, setProgress] = useState<Progress | null>(null);
  const [bom, setBom] = useState(false);
  const busy = useRef(false);
  const hrefOf = (format: ReportFormat, withBom = false) => {
    const query = new URLSearchParams({ ...(internal ? { internal: "1" } : {}), ...(withBom ? { bom: "1" } : {}) }).toString();
    return `${base}/${format}${query ? `?${query}` : ""}`;
  };

  async function download(event: { preventDefault(): void }, format: ReportFormat, href: string) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      await fetchWithProgress(format, href, setProgress);
    } finally {
      busy.current = false;
    }
  }

  return (
    <section className="card report-downloads no-print" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Download{internal ? " (internal version)" : ""}</h2>
      <ul className="download-list">
        {FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            {format === "csv" ? (
              <form method="get" action={`${base}/csv`} className="csv-form" onSubmit={(e) => void download(e, "csv", hrefOf("csv", bom))}>
                {internal && <input type="hidden" name="internal" value="1" />}
                <button type="submit" className="button small secondary">{label}</button>
                <label className="checkbox">
                  <input type="checkbox" name="bom" value="1" checked={bom} onChange={(e) => setBom(e.target.checked)} /> UTF-8 with BOM (for Excel)
                </label>
              </form>
            ) : (
              <a className="button small secondary" href={hrefOf(format)} download onClick={(e) => void download(e, format, hrefOf(format))}>
                {label}
              </a>
            )}
            <span className="muted"> {hint}</span>
          </li>
        ))}
      </ul>
      <DownloadStatus progress={progress} />
    </section>
  );
}

function DownloadStatus({ progress }: { progress: Progress | null }) {
  if (!progress) return <p className="visually-hidden" role="status" aria-live="polite" />;
  const label = FORMATS.find((f) => f.format === progress.format)!.label;
  const size = `${(progress.bytes / 1024).toFixed(progress.bytes < 10_240 ? 1 : 0)} KB`;
  const counted = progress.items !== null && progress.total !== null;
  return (
    <div className="download-status" role="status" aria-live="polite">
      {progress.state === "failed" ? (
        <div className="alert error">
          <p style={{ margin: 0 }}>{label}: {progress.error}</p>
          {progress.problems && progress.problems.length > 0 && (
            <ul aria-label="What is missing">
              {progress.problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
        </div>
      ) : (
        <>
          <label htmlFor="download-progress">
            {label}: {progress.state === "done" ? "saved" : "downloading"} · {counted ? `${Math.min(progress.items!, progress.total!).toLocaleString("en")} of ${progress.total!.toLocaleString("en")} ${ITEM_NAME[progress.format]} · ` : ""}
            {size}
          </label>
          {/* no value while the total is unknown (PDF): an indeterminate bar */}
          <progress id="download-progress" max={counted ? Math.max(progress.total!, 1) : undefined} value={progress.state === "done" ? (counted ? Math.max(progress.total!, 1) : undefined) : counted ? Math.min(progress.items!, progress.total!) : undefined} />
        </>
      )}
    </div>
  );
}

async function fetchWithProgress(format: ReportFormat, href: string, report: (p: Progress) => void): Promise<void> {
  const base: Progress = { format, state: "running", bytes: 0, items: null, total: null };
  report(base);
  const response = await fetch(href, { credentials: "same-origin" }).catch(() => null);
  if (!response || !response.ok || !response.body) {
    const body = (await response?.json().catch(() => null)) as { error?: string; problems?: string[] } | null;
    return report({ ...base, state: "failed", error: body?.error ?? `The download failed${response ? ` (HTTP ${response.status})` : ""}.`, problems: body?.problems });
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
