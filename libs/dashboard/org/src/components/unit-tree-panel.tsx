import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Empty, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitIds, type UnitTreeNode } from '../hooks/unit-tree';

/** The unit tree, fully expanded at first, with each unit's head and head count. */
export function UnitTreePanel({
  tree,
  selectedId,
  onSelect,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  tree: UnitTreeNode[];
  selectedId: string | null;
  onSelect: (unit: UnitTreeNode) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const byId = useMemo(() => new Map(flatten(tree).map((n) => [n.id, n])), [tree]);
  const expandedKeys = useMemo(() => unitIds(tree).filter((id) => !collapsed.has(id)), [tree, collapsed]);

  const toData = (nodes: UnitTreeNode[]): DataNode[] =>
    nodes.map((n) => ({
      key: n.id,
      title: (
        <span className="kq-tree-node">
          <ApartmentOutlined className="kq-tree-node__icon" aria-hidden />
          <span className="kq-tree-node__text">
            <span className="kq-tree-node__name">{n.name}</span>
            <span className="kq-tree-node__meta">
              {n.officialCount !== null && (
                <>
                  {t('org.people', { count: n.officialCount })}
                  {' · '}
                </>
              )}
              {n.head ? t('org.headOf', { name: n.head.fullName }) : t('org.noHead')}
            </span>
          </span>
        </span>
      ),
      children: toData(n.children),
    }));

  if (!tree.length) return <Empty description={t('org.unitsEmpty')} />;

  return (
    <>
      <Tree
        blockNode
        showLine={{ showLeafIcon: false }}
        aria-label={t('org.unitTree')}
        treeData={toData(tree)}
        expandedKeys={expandedKeys}
        onExpand={(keys) => {
          const open = new Set(keys.map(String));
          setCollapsed(new Set(unitIds(tree).filter((id) => !open.has(id))));
        }}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(_, info) => {
          const unit = byId.get(String(info.node.key));
          if (unit) onSelect(unit);
        }}
      />
      {hasMore && (
        <Button block type="dashed" loading={loadingMore} onClick={onLoadMore} style={{ marginTop: 12 }}>
          {t('org.loadMoreUnits')}
        </Button>
      )}
    </>
  );
}

function flatten(nodes: UnitTreeNode[]): UnitTreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
