import { z } from "zod";

/**
 * Building blocks of response schemas. Responses are encoded with z.encode,
 * so a codec's input side is what goes over the wire (and into the OpenAPI
 * document) while use cases keep returning Date objects.
 */
export const DateTime = z.codec(z.iso.datetime(), z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => date.toISOString(),
});

export const Id = z.string().min(1).max(64);

/** A page of a list: follow `nextCursor` (also sent as a Link rel="next" header) until it is null; `previousCursor` (Link rel="prev") goes back, null on the first page. */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe("the `cursor` of the next page; null on the last"),
      previousCursor: z.string().nullable().describe("the `cursor` of the page before; null on the first"),
    })
    .meta({ id });
}

export const JSON_BODY_LIMIT = 256 * 1024;
