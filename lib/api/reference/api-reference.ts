import { PROBLEM_STATUS, type ProblemCode } from "@/lib/api/http/problem-codes";
import { schemaFields, typeLabel, type JsonSchema, type SchemaField } from "@/lib/api/reference/schema-fields";

/**
 * The API reference page's content (app/docs/api), read from the generated
 * OpenAPI document and nothing else: the page shows what the document says,
 * so it cannot drift from the API either. Pure: no React, no database.
 */
export interface ReferenceParameter {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description: string;
}

export interface ReferenceResponse {
  status: string;
  description: string;
  mediaTypes: string[];
  headers: string[];
  /** problem codes a problem+json answer with this status may carry */
  codes: ProblemCode[];
}

export interface ReferenceOperation {
  /** the anchor: the operationId */
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  /** the least role a bearer token needs (the API's role name, e.g. "EDITOR"); null: no token needed. The page words it. */
  minimumRole: string | null;
  parameters: ReferenceParameter[];
  body: { description: string; mediaTypes: string[]; fields: SchemaField[] } | null;
  responses: ReferenceResponse[];
}

export interface ReferenceTag {
  name: string;
  /** the anchor */
  id: string;
  operations: ReferenceOperation[];
}

export interface ApiReference {
  title: string;
  version: string;
  description: string;
  tags: ReferenceTag[];
  /** the problem codes and their statuses */
  problemCodes: { code: ProblemCode; status: number }[];
}

type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  "x-minimum-role"?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[];
  requestBody?: { description?: string; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, unknown>; headers?: Record<string, unknown> }
  >;
};

type Document = {
  info: { title: string; version: string; description?: string };
  tags?: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

const PROBLEM = "application/problem+json";

export function buildApiReference(openApi: Record<string, unknown>): ApiReference {
  const document = openApi as unknown as Document;
  const components = document.components?.schemas ?? {};
  const operations: (ReferenceOperation & { tag: string })[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({ tag: operation.tags?.[0] ?? "Other", ...toOperation(path, method, operation, components) });
    }
  }
  const tagNames = [...new Set([...(document.tags ?? []).map((t) => t.name), ...operations.map((o) => o.tag)])];
  return {
    title: document.info.title,
    version: document.info.version,
    description: document.info.description ?? "",
    tags: tagNames.map((name) => ({
      name,
      id: `tag-${slug(name)}`,
      operations: operations.filter((o) => o.tag === name).map(({ tag: _tag, ...o }) => o),
    })),
    problemCodes: (Object.entries(PROBLEM_STATUS) as [ProblemCode, number][]).map(([code, status]) => ({
      code,
      status,
    })),
  };
}

function toOperation(
  path: string,
  method: string,
  operation: Operation,
  components: Record<string, JsonSchema>,
): ReferenceOperation {
  const body = operation.requestBody;
  const jsonBody = body ? Object.entries(body.content).find(([type]) => type.includes("json")) : undefined;
  return {
    id: operation.operationId,
    method: method.toUpperCase(),
    path,
    summary: operation.summary ?? "",
    description: operation.description ?? "",
    minimumRole: operation.security?.length === 0 ? null : (operation["x-minimum-role"] ?? "VIEWER"),
    parameters: (operation.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required ?? false,
      type: p.schema ? typeLabel(p.schema, components) : "string",
      description: p.description ?? p.schema?.description ?? "",
    })),
    body: body
      ? {
          description: body.description ?? "",
          mediaTypes: Object.keys(body.content),
          fields: jsonBody?.[1].schema ? schemaFields(jsonBody[1].schema, components) : [],
        }
      : null,
    responses: Object.entries(operation.responses).map(([status, response]) => ({
      status,
      description: response.description,
      mediaTypes: Object.keys(response.content ?? {}),
      headers: Object.keys(response.headers ?? {}),
      codes: response.content && PROBLEM in response.content ? codesOf(Number(status)) : [],
    })),
  };
}

function codesOf(status: number): ProblemCode[] {
  return (Object.entries(PROBLEM_STATUS) as [ProblemCode, number][])
    .filter(([, s]) => s === status)
    .map(([code]) => code);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
