import { ConflictError, InvalidInputError } from "@/lib/errors";

/** Prisma error codes are translated here and nowhere else. */
function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

type UniqueMeta = { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } };

/** The columns of the violated unique constraint, from whichever form the driver reports. */
function uniqueTarget(error: unknown): string[] {
  const meta = (error as { meta?: UniqueMeta }).meta;
  if (Array.isArray(meta?.target)) return meta.target.map(String);
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields) return constraint.fields.map((f) => f.replaceAll('"', ""));
  // @prisma/adapter-pg reports only the index name; Prisma names them <Model>_<field>[_<field>]_key.
  const fields = constraint?.index?.match(/^[^_]+_(.+)_key$/)?.[1];
  return fields ? fields.split("_") : [];
}

/**
 * Runs `work`; a unique-constraint violation (P2002) becomes an
 * InvalidInputError on the field it names (or a ConflictError if none matches).
 */
export async function mapUniqueViolation<T>(messages: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (prismaCode(error) !== "P2002") throw error;
    const field = uniqueTarget(error).find((f) => f in messages);
    if (field) throw new InvalidInputError(messages[field]!, { [field]: [messages[field]!] });
    throw new ConflictError(Object.values(messages)[0] ?? "This already exists.");
  }
}

/** True when a record to update/delete was not found (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return prismaCode(error) === "P2025";
}
