/**
 * JSON Schema (as the OpenAPI document holds it) → what a person reads: a
 * short type label ("string or null", "Evidence[]", "one of APPROVE, REJECT")
 * and the fields of an object, nested objects flattened with dotted names.
 */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
  maxLength?: number;
};

export interface SchemaField {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

const MAX_DEPTH = 2;

function refName(ref: string): string {
  return ref.split("/").at(-1) ?? ref;
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops++) current = components[refName(current.$ref)] ?? {};
  if (current.allOf?.length)
    return current.allOf.reduce<JsonSchema>((merged, part) => mergeObjects(merged, resolve(part, components)), {
      ...current,
      allOf: undefined,
    });
  return current;
}

function mergeObjects(a: JsonSchema, b: JsonSchema): JsonSchema {
  return {
    ...a,
    ...b,
    properties: { ...a.properties, ...b.properties },
    required: [...(a.required ?? []), ...(b.required ?? [])],
  };
}

export function typeLabel(schema: JsonSchema, components: Record<string, JsonSchema>): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.map((v) => String(v)).join(", ")}`;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.map((v) => typeLabel(v, components)))].join(" or ");
  if (schema.allOf?.length) return typeLabel(resolve(schema, components), components);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return schema.properties ? "object" : "any";
  return types
    .map((type) => {
      if (type === "array") return schema.items ? `${typeLabel(schema.items, components)}[]` : "array";
      if (type === "string" && schema.format) return `string (${schema.format})`;
      return type;
    })
    .join(" or ");
}

/** The fields of an object schema (after $ref and allOf), nested plain objects flattened as "parent.child". */
export function schemaFields(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  prefix = "",
  depth = 0,
): SchemaField[] {
  const resolved = resolve(schema, components);
  const required = new Set(resolved.required ?? []);
  return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) => {
    const field: SchemaField = {
      name: prefix + name,
      type: typeLabel(property, components),
      required: required.has(name),
      description: property.description ?? "",
    };
    const nested =
      !property.$ref && property.properties && depth + 1 < MAX_DEPTH
        ? schemaFields(property, components, `${prefix}${name}.`, depth + 1)
        : [];
    return [field, ...nested];
  });
}
