import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";

export const getOpenApiDocumentRoute = defineRoute({
  method: "GET",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This document (no token needed)",
  tag: "Meta",
  role: null,
  success: {
    status: 200,
    description: "The OpenAPI 3.1 document",
    schema: z.record(z.string(), z.unknown()).meta({ id: "OpenApiDocument" }),
  },
  errors: [],
});
