import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { ReportFormatSchema, type ReportFormat } from "@/lib/reports/schemas";
import { failure, statusOf } from "@/lib/http/action-result";
import { viewerLocale } from "@/app/_lib/i18n-request";
import type { ReportExport } from "@/lib/reports/export-report";

/** Header with the number of items in the file, for the download progress bar. */
export const TOTAL_ITEMS_HEADER = "X-Report-Items";

/**
 * Runs an export and answers with the file, streamed as the serializer
 * writes it (a ReadableStream pulling from the async generator, so a slow
 * client slows the database reads instead of filling memory). Errors before
 * the first byte become a JSON answer with the mapped status; a ClaimReview
 * export that would be invalid answers 422 with the list of what is missing.
 */
export async function downloadResponse(work: () => Promise<ReportExport>): Promise<Response> {
  let file: ReportExport;
  try {
    file = await work();
  } catch (error) {
    if (error instanceof InvalidInputError && error.fieldErrors.claimReview) {
      return Response.json(
        { error: error.message, problems: error.fieldErrors.claimReview },
        { status: 422, headers: { "Cache-Control": "no-store" } },
      );
    }
    // the browser shows this next to the download button: in the viewer's language
    const result = failure(error, await viewerLocale().catch(() => undefined));
    return Response.json(result.ok ? {} : { error: result.error, fieldErrors: result.fieldErrors }, {
      status: statusOf(error),
      headers: { "Cache-Control": "no-store" },
    });
  }
  return new Response(toStream(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "no-store",
      [TOTAL_ITEMS_HEADER]: String(file.totalItems),
    },
  });
}

function toStream(chunks: AsyncGenerator<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      } catch (error) {
        // headers are sent: the client sees a broken download, never a file that looks complete
        console.error("[factdesk] report export failed mid-stream", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The format named in a download URL; an unknown one is a page that does not exist. */
export function formatFromUrl(format: string): ReportFormat {
  const parsed = ReportFormatSchema.safeParse(format);
  if (!parsed.success) throw new NotFoundError("Export format");
  return parsed.data;
}
