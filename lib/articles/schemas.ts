import { z } from "zod";
import { isRealIsoDate } from "@/lib/validation/date-field";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const ArticleMetadataSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Use at most 300 characters."),
  outlet: optionalText(120),
  author: optionalText(200),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), "Enter an http(s) address.")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  publishedAt: z
    .string()
    .trim()
    .refine((v) => v === "" || isRealIsoDate(v), "Enter a real date as YYYY-MM-DD.")
    .transform((v) => (v === "" ? null : new Date(v)))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  language: z
    .string()
    .trim()
    .refine((v) => v === "" || /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v), "Use a language code such as en or pt-BR.")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;
