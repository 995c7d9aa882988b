import { problemOf } from '@ketqua/dashboard/data-access';
import { DATE_FORMAT, formatLocalDate, PageError, PageHeading, rowsState, useProblemText, ResponsiveTable } from '@ketqua/dashboard/ui';
import { App, Button, Card, DatePicker, Empty, Flex, List, Popconfirm, Select, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CancelAbsenceMutation } from '../../graphql/absence.mutations';
import { AbsencesQuery } from '../../graphql/absences.query';
import { UnitPresenceQuery } from '../../graphql/unit-presence.query';
import { useAction } from '../../hooks/use-action';
import { usePilotUnits } from '../../hooks/use-pilot-units';
import { PresenceTag } from '../labels';
import { AbsenceModal } from './absence-modal';

/** "Hôm nay": who of a unit is at home, in the office or away on a day; record and withdraw absences. */
export function TodayPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { message } = App.useApp();
  const { units, fetching: loadingUnits } = usePilotUnits();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [date, setDate] = useState<string | undefined>();
  useEffect(() => {
    if (!unitId && units[0]) setUnitId(units[0].id);
  }, [unitId, units]);

  // No date: the server's today (Asia/Ho_Chi_Minh by its clock), whatever the device says.
  const [{ data, fetching, error }, reload] = useQuery({ query: UnitPresenceQuery, variables: { unitId: unitId ?? '', date }, pause: !unitId, requestPolicy: 'cache-and-network' });
  const presence = data?.unitPresence;
  const day = date ?? presence?.date;
  const [absences, reloadAbsences] = useQuery({ query: AbsencesQuery, variables: { filter: { unitId, from: day } }, pause: !unitId || !day, requestPolicy: 'cache-and-network' });
  const [, cancel] = useMutation(CancelAbsenceMutation);
  const action = useAction();
  const [recording, setRecording] = useState(false);
  const problem = problemOf(error);
  const refresh = () => {
    reload({ requestPolicy: 'network-only' });
    reloadAbsences({ requestPolicy: 'network-only' });
  };

  if (!loadingUnits && !units.length)
    return (
      <>
        <PageHeading title={t('pilot.today.title')} subtitle={t('pilot.today.subtitle')} />
        <Empty description={t('pilot.common.noUnits')} />
      </>
    );
  type Entry = NonNullable<typeof presence>['entries'][number];

  return (
    <>
      <PageHeading
        title={t('pilot.today.title')}
        subtitle={t('pilot.today.subtitle')}
        extra={
          <Space wrap>
            <Select
              style={{ minWidth: 260 }}
              value={unitId}
              onChange={setUnitId}
              aria-label={t('pilot.common.unit')}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
            <DatePicker
              format={DATE_FORMAT}
              allowClear={false}
              aria-label={t('pilot.common.date')}
              value={day ? dayjs(day) : undefined}
              onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
            />
            <Button type="primary" disabled={!presence} onClick={() => setRecording(true)}>
              {t('pilot.today.recordAbsence')}
            </Button>
          </Space>
        }
      />
      {problem ? (
        <PageError message={problemText(problem)} onRetry={refresh} />
      ) : (
        <Flex vertical gap={16}>
          <Card size="small" loading={fetching && !data}>
            {presence && (
              <Flex wrap gap={32} align="center">
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {formatLocalDate(presence.date)}
                </Typography.Title>
                {!presence.workingDay ? (
                  <Tag>{presence.holidayName ? t('pilot.today.dayOffNamed', { name: presence.holidayName }) : t('pilot.today.dayOff')}</Tag>
                ) : (
                  <>
                    <Statistic title={t('pilot.presence.HOME')} value={presence.homeCount} suffix={`/ ${presence.total}`} />
                    <Statistic title={t('pilot.presence.OFFICE')} value={presence.officeCount} />
                    <Statistic title={t('pilot.presence.AWAY')} value={presence.awayCount} />
                    {presence.capPercent != null && <Tag>{t('pilot.today.cap', { cap: presence.capPercent })}</Tag>}
                  </>
                )}
              </Flex>
            )}
          </Card>
          <ResponsiveTable<Entry>
            rowKey={(e) => e.official.id}
            size="small"
            dataSource={presence?.entries ?? []}
            {...rowsState(fetching && !data, t('org.empty'))}
            pagination={false}
            columns={[
              { key: 'name', title: t('pilot.common.official'), render: (_, e) => e.official.fullName },
              { key: 'position', title: t('pilot.positions.position'), render: (_, e) => e.official.position?.name, responsive: ['md'] },
              {
                key: 'status',
                title: t('pilot.today.where'),
                render: (_, e) => (
                  <Space>
                    <PresenceTag status={e.status} />
                    {e.absenceKind && <Typography.Text type="secondary">{t(`pilot.absenceKind.${e.absenceKind}`)}</Typography.Text>}
                  </Space>
                ),
              },
            ]}
          />
          <Card size="small" title={t('pilot.today.absences')}>
            <List
              dataSource={absences.data?.absences.edges.map((e) => e.node) ?? []}
              {...rowsState(absences.fetching && !absences.data, t('pilot.today.noAbsences'))}
              renderItem={(a) => (
                <List.Item
                  key={a.id}
                  actions={
                    a.cancelledAt
                      ? []
                      : [
                          <Popconfirm
                            key="cancel"
                            title={t('pilot.today.cancelAbsence')}
                            okText={t('pilot.today.cancelAbsence')}
                            cancelText={t('pilot.actions.close')}
                            onConfirm={async () => {
                              if (await action.run(() => cancel({ id: a.id }))) {
                                void message.success(t('pilot.today.absenceCancelled'));
                                refresh();
                              }
                            }}
                          >
                            <Button size="small">{t('pilot.today.cancelAbsence')}</Button>
                          </Popconfirm>,
                        ]
                  }
                >
                  <Space wrap>
                    <Typography.Text strong>{a.official.fullName}</Typography.Text>
                    <Tag color="orange">{t(`pilot.absenceKind.${a.kind}`)}</Tag>
                    <span>
                      {formatLocalDate(a.startDate)} – {formatLocalDate(a.endDate)}
                    </span>
                    {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
                    {a.cancelledAt && <Tag>{t('pilot.today.cancelledTag')}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Flex>
      )}
      {recording && presence && (
        <AbsenceModal
          officials={presence.entries.map((e) => e.official)}
          from={presence.date}
          onClose={(changed) => {
            setRecording(false);
            if (changed) refresh();
          }}
        />
      )}
    </>
  );
}
