import QRCode from "qrcode";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { SecretBoxError } from "@/lib/crypto/secret-box";
import { openTotpState } from "@/lib/auth/two-factor/totp-state";
import { otpauthUri } from "@/lib/auth/two-factor/totp";

export interface PendingEnrolmentDto {
  /** base32, for typing into an app by hand */
  secret: string;
  otpauthUri: string;
  /** the URI as a QR code (SVG data URL) */
  qrCodeDataUrl: string;
}

export interface TwoFactorStatusDto {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** set while the user is setting up an app (begun, not yet confirmed) */
  pending: PendingEnrolmentDto | null;
  /** names of the user's workspaces that require two-factor for the user's role there */
  requiredBy: string[];
}

/** The signed-in user's own two-factor state. Only the user's own pending secret is ever shown, and only before it is confirmed. */
export async function getTwoFactorStatus(userId: string): Promise<TwoFactorStatusDto> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      totpEnabledAt: true,
      totpPendingSecret: true,
      memberships: {
        where: { role: { in: ["REVIEWER", "ADMIN"] }, workspace: { requireTwoFactor: true } },
        select: { workspace: { select: { name: true } } },
      },
    },
  });
  if (!user) throw new NotFoundError("Account");
  const recoveryCodesLeft = user.totpEnabledAt ? await db.recoveryCode.count({ where: { userId, usedAt: null } }) : 0;
  const secret = !user.totpEnabledAt && user.totpPendingSecret ? pendingSecret(userId, user.totpPendingSecret) : null;
  return {
    enabled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft,
    pending: secret ? await pendingDto(secret, user.email) : null,
    requiredBy: user.memberships.map((m) => m.workspace.name),
  };
}

async function pendingDto(secret: string, email: string): Promise<PendingEnrolmentDto> {
  const uri = otpauthUri(secret, email);
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    secret,
    otpauthUri: uri,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`,
  };
}

function pendingSecret(userId: string, box: string): string | null {
  try {
    return openTotpState(userId, box).secret;
  } catch (error) {
    if (error instanceof SecretBoxError) return null;
    throw error;
  }
}
