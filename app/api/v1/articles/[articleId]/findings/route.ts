import { handleRoute } from "@/lib/api/http/handle-route";
import { findImportFindingsRoute } from "@/lib/api/articles/version-contracts";
import { findImportFindings } from "@/lib/articles/find-import-findings";

export const GET = handleRoute(findImportFindingsRoute, ({ actor, params }) =>
  findImportFindings(actor, params.articleId),
);
