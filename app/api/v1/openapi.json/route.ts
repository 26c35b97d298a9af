import { handlePublicRoute } from "@/lib/api/http/handle-route";
import { getOpenApiDocumentRoute } from "@/lib/api/openapi-contract";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { API_ROUTES } from "@/lib/api-routes/api-routes";

// Generated from the same contracts the handlers parse and encode with; built once per server.
let document: Record<string, unknown> | undefined;

export const GET = handlePublicRoute(getOpenApiDocumentRoute, async () => (document ??= buildOpenApiDocument(API_ROUTES)));
