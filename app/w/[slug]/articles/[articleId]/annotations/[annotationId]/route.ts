import { getActor } from "@/lib/auth/session";
import { getAnnotationDetail } from "@/lib/annotations/get-annotation-detail";
import { readerJson } from "../../reader-json";

/**
 * Any member: one annotation's note and reply thread, which the reader loads
 * when its panel opens (and again after an edit or a reply). Authorization is
 * the use case's, on the annotation itself.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; annotationId: string }> },
): Promise<Response> {
  const { slug, annotationId } = await params;
  return readerJson(async () => getAnnotationDetail(await getActor(slug), annotationId));
}
