import { absoluteAppUrl } from "@/lib/mail/absolute-url";

/** The reset mail. An SSO-only account gets a normal link too: setting a password adds a second way in, which the mail says. */
export function passwordResetMail(input: { token: string; hasPassword: boolean }): { subject: string; text: string } {
  const link = absoluteAppUrl(`/reset-password/${input.token}`);
  const lines = [
    "Someone (we hope you) asked to reset the password of your Factdesk account.",
    "",
    `Choose a new password here (the link works once, for 1 hour):`,
    link,
    "",
    input.hasPassword
      ? "Setting a new password signs your account out on every device."
      : "Your account signs in with single sign-on and has no password yet. You can keep using single sign-on and ignore this mail, or set a password with the link above (it then works alongside single sign-on).",
    "",
    "If you did not ask for this, ignore this mail: your password stays as it is.",
  ];
  return { subject: "Reset your Factdesk password", text: lines.join("\n") };
}
