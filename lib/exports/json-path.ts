/** ["itemReviewed", "appearance", 0, "url"] -> "itemReviewed.appearance[0].url"; an empty path is "(document)". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(document)";
}

/** Joins a parent path and a child path: ("items[3]", "target.source") -> "items[3].target.source". */
export function joinPath(parent: string, child: string): string {
  if (!parent) return child;
  if (!child || child === "(document)") return parent;
  return child.startsWith("[") ? `${parent}${child}` : `${parent}.${child}`;
}
