export interface UnitChoice {
  id: string;
  name: string;
  parentId: string | null;
  agency: { id: string; name: string };
}

export interface UnitTreeNode {
  value: string;
  title: string;
  /** Agencies group their units; only units can be picked. */
  selectable?: boolean;
  children?: UnitTreeNode[];
}

/**
 * The units HR may pick for a pilot as a tree: each agency, its top units, and every sub-unit
 * under its own unit (a unit whose parent is not in the list stands at the agency's top), by name.
 */
export function unitChoiceTree(units: readonly UnitChoice[]): UnitTreeNode[] {
  const byName = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'vi');
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = (parentId: string): UnitTreeNode[] =>
    units
      .filter((u) => u.parentId === parentId)
      .map(node)
      .sort(byName);
  function node(u: UnitChoice): UnitTreeNode {
    const children = childrenOf(u.id);
    return { value: u.id, title: u.name, ...(children.length ? { children } : {}) };
  }
  const agencies = new Map<string, UnitTreeNode>();
  for (const u of units) {
    if (u.parentId && ids.has(u.parentId)) continue;
    const agency = agencies.get(u.agency.id) ?? { value: `agency:${u.agency.id}`, title: u.agency.name, selectable: false, children: [] };
    agency.children?.push(node(u));
    agencies.set(u.agency.id, agency);
  }
  const tree = [...agencies.values()].sort(byName);
  for (const agency of tree) agency.children?.sort(byName);
  return tree;
}
