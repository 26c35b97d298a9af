/**
 * Pure: the route a request path belongs to, as a metric label and for the
 * access log. Labels must have few values (every distinct label set is a new
 * time series in Prometheus), so ids, slugs and tokens become placeholders
 * (`/w/:slug/articles/:id`, `/r/:token`) and a path that is none of the app's
 * routes — a scanner's `/wp-login.php` — is one label, UNMATCHED_ROUTE.
 *
 * The routes are the app's own, as Next names them (`/w/[slug]`), read from
 * the build (lib/ops/app-routes.ts), so a new page gets its label by itself.
 */

export const UNMATCHED_ROUTE = "unmatched";

/** Next's own files under /_next: build assets are one label, whatever their hashed names. */
const NEXT_INTERNAL: [prefix: string, route: string][] = [
  ["/_next/static/", "/_next/static/*"],
  ["/_next/image", "/_next/image"],
  ["/_next/", "/_next/*"],
];

/** In a path that is no route (a mistyped link with a token in it), long random-looking segments are masked too. */
const TOKEN_LIKE = /\/[A-Za-z0-9_-]{20,}(?=\/|$)/g;

/** Parameters that are credentials in the URL: masked in the logged path as well as in the label. */
const SECRET_PARAMS = new Set(["token"]);

export interface RouteMatch {
  /** the label: `/w/:slug/articles/:id` */
  route: string;
  /** the path for the access log: as requested, except credentials (`/r/:token`); at most 200 characters */
  path: string;
}

interface Node {
  literal: Map<string, Node>;
  param?: { name: string; node: Node };
  catchAll?: string;
  route?: string;
}

const emptyNode = (): Node => ({ literal: new Map() });

/** `[slug]` → `:slug`, `[token]` → `:token`, `[format]` → `:format`, any other `[…Id]` → `:id`, `[...x]` → `*`. */
function placeholder(segment: string): string {
  if (segment.startsWith("[...")) return "*";
  const name = segment.slice(1, -1);
  return name === "slug" || name === "token" || name === "format" ? `:${name}` : ":id";
}

export function routeLabel(pattern: string): string {
  return pattern.replace(/\[[^\]]+\]/g, placeholder);
}

/** A tree of the routes, literal segments before parameters (so `/articles/new` is not `/articles/:id`). */
export function buildRouteTree(routes: Iterable<string>): RouteTree {
  const root = emptyNode();
  for (const pattern of routes) {
    let node = root;
    for (const segment of pattern.split("/").filter(Boolean)) {
      if (segment.startsWith("[...")) {
        node.catchAll = routeLabel(pattern);
        node = emptyNode(); // nothing follows a catch-all
      } else if (segment.startsWith("[")) {
        node.param ??= { name: segment.slice(1, -1), node: emptyNode() };
        node = node.param.node;
      } else {
        const next = node.literal.get(segment) ?? emptyNode();
        node.literal.set(segment, next);
        node = next;
      }
    }
    if (!pattern.split("/").some((s) => s.startsWith("[..."))) node.route = routeLabel(pattern);
  }
  return root;
}

export type RouteTree = Node;

/** The route of `pathname` (no query string) in `tree`, or UNMATCHED_ROUTE. */
export function matchRoute(pathname: string, tree: RouteTree): RouteMatch {
  for (const [prefix, route] of NEXT_INTERNAL) {
    if (pathname.startsWith(prefix)) return { route, path: route };
  }
  const segments = pathname.split("/").filter(Boolean);
  const masked = [...segments];
  const route = walk(tree, segments, 0, masked);
  if (route === undefined) return { route: UNMATCHED_ROUTE, path: clip(pathname.replace(TOKEN_LIKE, "/:redacted")) };
  return { route, path: clip(`/${masked.join("/")}`) };
}

function walk(node: Node, segments: string[], at: number, masked: string[]): string | undefined {
  if (at === segments.length) return node.route;
  const literal = node.literal.get(segments[at]!);
  const viaLiteral = literal && walk(literal, segments, at + 1, masked);
  if (viaLiteral) return viaLiteral;
  if (node.param) {
    const viaParam = walk(node.param.node, segments, at + 1, masked);
    if (viaParam) {
      if (SECRET_PARAMS.has(node.param.name)) masked[at] = `:${node.param.name}`;
      return viaParam;
    }
  }
  return node.catchAll;
}

function clip(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** The path part of a request target (`/a/b?c=d` → `/a/b`): the query never reaches a label or the log. */
export function pathnameOf(url: string | undefined): string {
  if (!url) return "/";
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
