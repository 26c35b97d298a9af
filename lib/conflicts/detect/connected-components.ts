/**
 * Pure: groups ids linked by edges into connected components (union–find), so
 * that three claims that disagree pairwise become one conflict, not three.
 * Only ids that appear in an edge are returned; each component is sorted, and
 * components are ordered by their first id.
 */
export function connectedComponents(edges: readonly (readonly [string, string])[]): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: point every visited id straight at the root.
    for (let node = id; node !== root;) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const [a, b] of edges) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()].map((group) => group.sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
}
