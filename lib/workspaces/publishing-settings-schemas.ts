import { z } from "zod";

/** An optional public http(s) address: empty means none. */
const OptionalPublicUrl = z
  .string()
  .trim()
  .max(2048, "The address is too long.")
  .transform((value) => value || null)
  .pipe(z.url({ protocol: /^https?$/, error: "Enter an http or https address." }).nullable());

export const UpdatePublishingSettingsInputSchema = z
  .object({
    methodologyUrl: z
      .union([OptionalPublicUrl, z.null()])
      .describe(
        "the newsroom's page on how it checks facts; every public fact-check links it (IFCN principle 4). Empty or null: none",
      ),
    showCheckerNames: z
      .boolean()
      .describe("public fact-check pages name the verdict's author and the reviewer who approved it"),
  })
  .strict();
export type UpdatePublishingSettingsInput = z.infer<typeof UpdatePublishingSettingsInputSchema>;

export interface PublishingSettingsDto {
  methodologyUrl: string | null;
  showCheckerNames: boolean;
}
