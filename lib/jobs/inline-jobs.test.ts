import { afterEach, describe, expect, it } from "vitest";
import { inlineJobHandler, provideJobHandlers, type JobHandlers } from "@/lib/jobs/inline-jobs";

const slot = globalThis as unknown as { factdeskJobHandlers?: () => Promise<JobHandlers> };
const installed = slot.factdeskJobHandlers;
afterEach(() => {
  slot.factdeskJobHandlers = installed;
});

describe("inlineJobHandler", () => {
  it("throws in a process that installed no handlers, rather than skipping the job", () => {
    slot.factdeskJobHandlers = undefined;
    expect(() => inlineJobHandler("conflicts.detect")).toThrow(/installJobHandlers\(\)/);
  });

  it("runs the installed handler of the queue and hands back its answer", async () => {
    const seen: unknown[] = [];
    const handlers = {
      "conflicts.detect": async (data: unknown) => {
        seen.push(data);
        return { created: 1 };
      },
    } as unknown as JobHandlers;
    provideJobHandlers(async () => handlers);
    const data = { workspaceId: "ws", userId: "u", claimIds: ["c"] };
    expect(await inlineJobHandler("conflicts.detect")(data)).toEqual({ created: 1 });
    expect(seen).toEqual([data]);
  });
});
