import { formatLocalDate, PageError, PageHeading, rowsState, TodayPresence, useProblemText } from '@ketqua/dashboard/ui';
import { EditOutlined } from '@ant-design/icons';
import { isOpenAssignment, OPEN_ASSIGNMENT_STATUSES } from '@ketqua/domain';
import { Button, Card, Col, Empty, Flex, List, Row as Grid, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MyPresenceTodayQuery } from '../graphql/my-presence.query';
import { useAssignments } from '../hooks/use-assignments';
import { AssignmentLink, type AssignmentNavigation } from './assignment-link';
import { LogWorkModal } from './log-work-modal';
import { DeadlineText, StatusTag } from './status';
import { WorkLogList } from './work-log-list';

type Row = ReturnType<typeof useAssignments>['rows'][number];

/** "Việc của tôi": today's and upcoming assignments with deadlines in working days (journey 1). */
export function MyWorkPage(nav: AssignmentNavigation) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [showClosed, setShowClosed] = useState(false);
  const [logging, setLogging] = useState(false);
  const [logged, setLogged] = useState(0);
  const list = useAssignments({ mine: true, statuses: showClosed ? undefined : [...OPEN_ASSIGNMENT_STATUSES] });
  const [presence] = useQuery({ query: MyPresenceTodayQuery, requestPolicy: 'cache-and-network' });
  const today = presence.data?.myPresence;
  // Until the first answer, the sections say "loading", never "no assignments".
  const loading = list.fetching && !list.rows.length;

  // Due today, or overdue (the next move is the official's), comes first; the rest by deadline.
  const urgent = list.rows.filter((a) => a.isOverdue || a.workingDaysLeft === 0);
  const upcoming = list.rows.filter((a) => !urgent.includes(a));

  const section = (title: string, rows: Row[]) => (
    <Card title={title} size="small" className="kq-work-section">
      <List<Row>
        dataSource={rows}
        {...rowsState(loading, t('work.myWork.empty'))}
        renderItem={(a) => (
          <List.Item
            key={a.id}
            actions={[
              <Button key="open" onClick={() => nav.onOpen(a.id)}>
                {t('work.actions.open')}
              </Button>,
            ]}
            data-testid="my-assignment"
          >
            <List.Item.Meta
              title={
                <AssignmentLink id={a.id} nav={nav}>
                  {a.title}
                </AssignmentLink>
              }
              description={
                <Space orientation="vertical" size={2}>
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
          <Space wrap>
            <Switch checked={showClosed} onChange={setShowClosed} aria-label={t('work.myWork.showClosed')} />
            <Typography.Text>{t('work.myWork.showClosed')}</Typography.Text>
            <Button icon={<EditOutlined />} onClick={() => setLogging(true)}>
              {t('work.actions.logWork')}
            </Button>
          </Space>
        }
      />
      {today && (
        <Card size="small" className="kq-work-today" title={t('work.myWork.presence', { date: formatLocalDate(today.date) })} style={{ marginBottom: 16 }}>
          <TodayPresence presence={today} />
        </Card>
      )}
      {list.problem ? (
        <PageError message={problemText(list.problem)} onRetry={list.reload} />
      ) : !list.fetching && !list.rows.length ? (
        <Empty description={t('work.myWork.empty')} />
      ) : (
        <Grid gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Flex vertical gap={16}>
              {section(t('work.myWork.today'), urgent)}
              {section(t('work.myWork.upcoming'), upcoming)}
            </Flex>
          </Col>
          <Col xs={24} xl={8}>
            <Card title={t('work.logWork.recent')} size="small">
              <WorkLogList key={logged} filter={null} showAssignment />
            </Card>
          </Col>
        </Grid>
      )}
      {logging && (
        <LogWorkModal
          choices={list.rows.filter((a) => isOpenAssignment(a.status))}
          onClose={(changed) => {
            setLogging(false);
            if (changed) setLogged((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
