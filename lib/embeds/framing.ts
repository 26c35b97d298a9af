/**
 * Which pages other sites may put in an iframe: the embeddable claim card
 * (publicPaths.embed) and nothing else. proxy.ts asks this for every request;
 * every other page keeps `frame-ancestors 'none'` and X-Frame-Options DENY
 * (clickjacking). Kept apart from the proxy so the rule is unit-tested.
 */
const FRAMEABLE = /^\/embed\/fact-checks\/[^/]+\/[^/]+\/?$/;

export function isFrameablePath(pathname: string): boolean {
  return FRAMEABLE.test(pathname);
}
