import { formatLocalDate, formatMinutes, useLanguage } from '@ketqua/dashboard/ui';
import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { WorkLogFilter } from '@ketqua/dashboard/data-access';
import { WorkLogsQuery } from '../graphql/work-logs.query';

/** The latest work-log entries, newest day first (give it a new `key` after logging to fetch again). */
export function WorkLogList({ filter, showAssignment = false, showOfficial = false }: { filter: WorkLogFilter | null; showAssignment?: boolean; showOfficial?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [{ data, fetching }] = useQuery({
    query: WorkLogsQuery,
    variables: { filter, first: 20 },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.workLogs.edges.map((e) => e.node) ?? [];
  if (!fetching && !rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.logWork.empty')} />;
  return (
    <div data-testid="work-logs">
      <List
        size="small"
        loading={fetching && !rows.length}
        dataSource={rows}
        renderItem={(w) => (
          <List.Item key={w.id} extra={<Typography.Text strong>{formatMinutes(w.minutes, language)}</Typography.Text>}>
            <List.Item.Meta
              title={
                <Typography.Text>
                  {formatLocalDate(w.workDate)}
                  {showOfficial && ` · ${w.official.fullName}`}
                  {showAssignment && <Typography.Text type="secondary"> · {w.assignment?.title ?? t('work.logWork.general')}</Typography.Text>}
                </Typography.Text>
              }
              description={<span style={{ whiteSpace: 'pre-wrap' }}>{w.note}</span>}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
