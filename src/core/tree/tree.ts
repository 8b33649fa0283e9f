/**
 * Parent/child trees held as flat rows (sections of a site, sites of an installation).
 * Pure helpers: flatten for display, and refuse moves that would create a cycle.
 */

export interface TreeNode {
  id: number;
  parentId: number | null;
}

export interface FlatTreeItem<T> {
  item: T;
  depth: number;
}

/**
 * Depth-first order: each item followed by its children, siblings ordered by `compare`.
 * Items whose parent is missing from `items` are treated as roots, so nothing is ever hidden.
 */
export function flattenTree<T>(
  items: readonly T[],
  node: (item: T) => TreeNode,
  compare: (a: T, b: T) => number,
): FlatTreeItem<T>[] {
  const ids = new Set(items.map((i) => node(i).id));
  const childrenOf = new Map<number | null, T[]>();
  for (const item of items) {
    const { parentId } = node(item);
    const key = parentId !== null && ids.has(parentId) ? parentId : null;
    const list = childrenOf.get(key) ?? [];
    list.push(item);
    childrenOf.set(key, list);
  }
  const out: FlatTreeItem<T>[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const item of [...(childrenOf.get(parent) ?? [])].sort(compare)) {
      const { id } = node(item);
      if (seen.has(id)) continue; // CASE: corrupt data with a cycle; show each row once
      seen.add(id);
      out.push({ item, depth });
      walk(id, depth + 1);
    }
  };
  walk(null, 0);
  // CASE: rows caught in a cycle never hang from a root; list them last rather than lose them.
  for (const item of items) if (!seen.has(node(item).id)) out.push({ item, depth: 0 });
  return out;
}

/** Ids of `id` and everything below it. */
export function descendantsAndSelf(nodes: readonly TreeNode[], id: number): Set<number> {
  const result = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId !== null && result.has(n.parentId) && !result.has(n.id)) {
        result.add(n.id);
        grew = true;
      }
    }
  }
  return result;
}

/** True when making `newParentId` the parent of `id` would put `id` under itself. */
export function wouldCreateCycle(nodes: readonly TreeNode[], id: number, newParentId: number | null): boolean {
  if (newParentId === null) return false;
  return descendantsAndSelf(nodes, id).has(newParentId);
}
