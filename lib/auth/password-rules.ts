/**
 * Password rules that forms in the browser may import too. lib/auth/password.ts
 * (argon2, Node-only) must never be imported by a client component: it breaks
 * the production build.
 */
export const MIN_PASSWORD_LENGTH = 10;
