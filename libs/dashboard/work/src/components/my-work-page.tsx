import { PageError, PageHeading, useProblemText } from '@ketqua/dashboard/ui';
import { Button, Card, Empty, Flex, List, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignments } from '../hooks/use-assignments';
import { DeadlineText, StatusTag } from './status';

type Row = ReturnType<typeof useAssignments>['rows'][number];

const OPEN = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED'] as const;

/** "Việc của tôi": today's and upcoming assignments with deadlines in working days (journey 1). */
export function MyWorkPage({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [showClosed, setShowClosed] = useState(false);
  const list = useAssignments({ mine: true, statuses: showClosed ? undefined : [...OPEN] });

  // Due today, or overdue (the next move is the official's), comes first; the rest by deadline.
  const urgent = list.rows.filter((a) => a.isOverdue || a.workingDaysLeft === 0);
  const upcoming = list.rows.filter((a) => !urgent.includes(a));

  const section = (title: string, rows: Row[]) => (
    <Card title={title} size="small" className="kq-work-section">
      <List<Row>
        dataSource={rows}
        locale={{ emptyText: t('work.myWork.empty') }}
        renderItem={(a) => (
          <List.Item
            key={a.id}
            actions={[<Button key="open" onClick={() => onOpen(a.id)}>{t('work.actions.open')}</Button>]}
            data-testid="my-assignment"
          >
            <List.Item.Meta
              title={<a onClick={() => onOpen(a.id)}>{a.title}</a>}
              description={
                <Space direction="vertical" size={2}>
                  <StatusTag status={a.status} isOverdue={a.isOverdue} />
                  <DeadlineText deadline={a.effectiveDeadline} workingDaysLeft={a.workingDaysLeft} isOverdue={a.isOverdue} />
                  <Typography.Text type="secondary">
                    {a.quantity} {a.unitOfMeasure}
                    {a.sourceDocument ? ` · ${t('work.fields.sourceDocument')}: ${a.sourceDocument}` : ''}
                  </Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );

  return (
    <>
      <PageHeading
        title={t('work.myWork.title')}
        subtitle={t('work.myWork.subtitle')}
        extra={
          <Space>
            <Switch checked={showClosed} onChange={setShowClosed} aria-label={t('work.myWork.showClosed')} />
            <Typography.Text>{t('work.myWork.showClosed')}</Typography.Text>
          </Space>
        }
      />
      {list.problem ? (
        <PageError message={problemText(list.problem)} onRetry={list.reload} />
      ) : !list.fetching && !list.rows.length ? (
        <Empty description={t('work.myWork.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {section(t('work.myWork.today'), urgent)}
          {section(t('work.myWork.upcoming'), upcoming)}
        </Flex>
      )}
    </>
  );
}
