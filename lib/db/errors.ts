import { ConflictError, InvalidInputError } from "@/lib/errors";

/** Prisma error codes are translated here and nowhere else. */
function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

function uniqueTarget(error: unknown): string[] {
  const meta = (error as { meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } }).meta;
  if (Array.isArray(meta?.target)) return meta.target.map(String);
  return meta?.driverAdapterError?.cause?.constraint?.fields?.map((f) => f.replaceAll('"', "")) ?? [];
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
