import { LeftOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import { PageError, rowsState, useProblemText, ResponsiveTable } from '@ketqua/dashboard/ui';
import { Button, Checkbox, Flex, Input, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useOfficialsPage } from '../hooks/use-officials-page';

type Row = ReturnType<typeof useOfficialsPage>['rows'][number];

/** The officials of the chosen unit: search without accents, sub-units on or off, paged on the server. */
export function OfficialsPanel({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [search, setSearch] = useState('');
  const [includeSubunits, setIncludeSubunits] = useState(true);
  const officials = useOfficialsPage({ unitId, includeSubunits, search: useDebouncedValue(search) });

  const columns: ColumnsType<Row> = [
    {
      key: 'fullName',
      title: t('org.columns.fullName'),
      render: (_, o) => (
        <div>
          <Typography.Text strong>{o.fullName}</Typography.Text>
          {o.isLeader && (
            <Tag color="gold" style={{ marginInlineStart: 8 }}>
              {t('org.leader')}
            </Tag>
          )}
          {o.role !== 'OFFICIAL' && (
            <Tag color="blue" style={{ marginInlineStart: 4 }}>
              {t(`roles.${o.role}`)}
            </Tag>
          )}
          {!o.active && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('org.inactive')}
            </Tag>
          )}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.email}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'position', title: t('org.columns.position'), render: (_, o) => o.position?.name ?? '—', responsive: ['md'] },
    { key: 'rank', title: t('org.columns.rank'), render: (_, o) => o.rank?.name ?? '—', responsive: ['xl'] },
    { key: 'unit', title: t('org.columns.unit'), render: (_, o) => o.unit.name, responsive: ['sm'] },
  ];

  return (
    <>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('org.search')}
          aria-label={t('org.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ flex: '1 1 260px' }}
        />
        <Checkbox checked={includeSubunits} onChange={(e) => setIncludeSubunits(e.target.checked)}>
          {t('org.includeSubunits')}
        </Checkbox>
      </Flex>
      {officials.problem ? (
        <PageError message={problemText(officials.problem)} onRetry={officials.reload} />
      ) : (
        <ResponsiveTable<Row> rowKey="id" size="middle" columns={columns} dataSource={officials.rows} pagination={false} {...rowsState(officials.fetching, t('org.empty'))} />
      )}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 12 }}>
        <Typography.Text type="secondary" aria-live="polite">
          {officials.totalCount > 0 && t('org.range', { from: officials.from, to: officials.to, total: officials.totalCount })}
        </Typography.Text>
        <Space>
          <Button icon={<LeftOutlined />} disabled={!officials.hasPrevious} onClick={officials.previous}>
            {t('org.prev')}
          </Button>
          <Button disabled={!officials.hasNext} onClick={officials.next}>
            {t('org.next')} <RightOutlined />
          </Button>
        </Space>
      </Flex>
    </>
  );
}
