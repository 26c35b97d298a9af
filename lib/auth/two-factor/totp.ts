import { Secret, TOTP } from "otpauth";

/**
 * TOTP as every authenticator app supports it (RFC 6238 defaults): HMAC-SHA1,
 * 6 digits, 30-second steps, a 160-bit secret (RFC 4226 §4).
 */
export const TOTP_ISSUER = "Factdesk";
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** codes of the previous and next step are accepted too: phone clocks drift, and typing takes time */
const WINDOW = 1;

export const TOTP_CODE_PATTERN = /^\d{6}$/;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = "account"): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(secretBase32: string, accountEmail: string): string {
  return totp(secretBase32, accountEmail).toString();
}

/** The code for a moment (tests, and nothing else, need to compute one). */
export function totpCodeAt(secretBase32: string, timestampMs: number): string {
  return totp(secretBase32).generate({ timestamp: timestampMs });
}

/** "123 456" and "123456" are the same code. */
export function normalizeTotpCode(input: string): string {
  return input.replace(/\s+/g, "");
}

/**
 * The time step a code belongs to, when it is valid now (±1 step) and newer
 * than `lastUsedStep`: a code that was accepted once, or an older one, is
 * refused (RFC 6238 §5.2: each code is single-use). Null otherwise.
 */
export function acceptedTotpStep(
  secretBase32: string,
  input: string,
  lastUsedStep: number | null,
  nowMs: number,
): number | null {
  const code = normalizeTotpCode(input);
  if (!TOTP_CODE_PATTERN.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: nowMs, window: WINDOW });
  if (delta === null) return null;
  const step = TOTP.counter({ period: PERIOD_SECONDS, timestamp: nowMs }) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
