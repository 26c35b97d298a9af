import { describe, expect, it } from "vitest";
import { invitedInboxEntry } from "@/lib/invitations/invitation-mail";

describe("invitedInboxEntry", () => {
  it("words the inbox entry as invite-member.ts does today, and in Ukrainian", () => {
    const i = {
      inviter: "Ann",
      workspaceName: "Metro desk",
      role: "EDITOR" as const,
      email: "x@example.test",
      expiresAt: new Date("2026-12-07T09:05:00Z"),
    };
    expect(invitedInboxEntry("en", i)).toEqual({
      title: "Ann invited you to Metro desk",
      body: 'You are invited to join "Metro desk" as Editor. To accept, open the link in the invitation email sent to x@example.test; it works until Mon, 07 Dec 2026 09:05:00 GMT.',
    });
    expect(invitedInboxEntry("uk", i).body).toMatch(
      /^Вас запрошено приєднатися до «Metro desk» у ролі «Редактор»\. .* x@example\.test; воно діє до 7 грудня 2026/,
    );
  });
});
