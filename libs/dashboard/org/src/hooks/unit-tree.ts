/** A unit as the organisation browser lists it. */
export interface UnitRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  /** Null for a unit outside the viewer's scope (the API does not count its people for them). */
  officialCount: number | null;
  head: { id: string; fullName: string } | null;
}

export interface UnitTreeNode extends UnitRow {
  children: UnitTreeNode[];
}

const byName = (a: UnitRow, b: UnitRow) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id);

/**
 * The units the caller may see, as a forest. A unit whose parent is out of scope (a unit head's
 * own unit, say) becomes a root, so nobody sees a hole where a unit they cannot open would be.
 */
export function buildUnitTree(rows: readonly UnitRow[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>();
  for (const row of rows) if (!nodes.has(row.id)) nodes.set(row.id, { ...row, children: [] });

  const roots: UnitTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && !isBelow(parent, node.id, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitTreeNode[]) => {
    list.sort(byName);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** True when `node` sits below `ancestorId` (guards a corrupted parent chain from looping). */
function isBelow(node: UnitTreeNode, ancestorId: string, nodes: Map<string, UnitTreeNode>): boolean {
  const seen = new Set<string>();
  for (let cur: UnitTreeNode | undefined = node; cur; cur = cur.parentId ? nodes.get(cur.parentId) : undefined) {
    if (cur.id === ancestorId) return true;
    if (seen.has(cur.id)) return true;
    seen.add(cur.id);
  }
  return false;
}

/** Every unit id in the forest, parents before children (to expand the whole tree). */
export function unitIds(forest: readonly UnitTreeNode[]): string[] {
  return forest.flatMap((n) => [n.id, ...unitIds(n.children)]);
}

export function findUnit(forest: readonly UnitTreeNode[], id: string | null): UnitTreeNode | null {
  if (!id) return null;
  for (const node of forest) {
    if (node.id === id) return node;
    const below = findUnit(node.children, id);
    if (below) return below;
  }
  return null;
}
