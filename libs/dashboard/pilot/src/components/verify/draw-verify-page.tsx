import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined } from '@ant-design/icons';
import { problemOf, useSession } from '@ketqua/dashboard/data-access';
import { DATE_FORMAT, formatDateTime, PageError, PageHeading, TIME_ZONE, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SpotCheckDrawQuery } from '../../graphql/spot-check-draw.query';
import { usePilotUnits } from '../../hooks/use-pilot-units';
import { useServerToday } from '../../hooks/use-server-today';
import { drawFileName, verifyPublishedDraw } from '../../logic/draw-verification';

const time = (iso: string) => dayjs(iso).tz(TIME_ZONE).format('HH:mm');

/** Saves the published record exactly as the API gave it: the file `npm run spot-check:verify` checks. */
function download(json: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * An inspector's (or the official's own) check of a day's draw: the commitment published before the
 * day, the revealed seed, the frozen roster and the picks, recomputed here with libs/domain.
 */
export function DrawVerifyPage({ unitId: initialUnit, date: initialDate, onSelect }: { unitId?: string; date?: string; onSelect?: (unitId: string, date: string) => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const me = useSession()?.user;
  const { units } = usePilotUnits();
  const [unitId, setUnitId] = useState<string | undefined>(initialUnit);
  const today = useServerToday();
  const [chosenDate, setDate] = useState<string | undefined>(initialDate);
  // By default the last day whose draw is revealed: yesterday by the server's clock.
  const date = chosenDate ?? (today ? dayjs(today).subtract(1, 'day').format('YYYY-MM-DD') : undefined);
  useEffect(() => {
    if (!unitId && units.length) setUnitId(units.find((u) => u.id === me?.unitId)?.id ?? units[0].id);
  }, [unitId, units, me?.unitId]);
  const choose = (nextUnit: string | undefined, nextDate: string | undefined) => {
    setUnitId(nextUnit);
    setDate(nextDate);
    if (nextUnit && nextDate) onSelect?.(nextUnit, nextDate);
  };

  const [{ data, fetching, error }, reload] = useQuery({
    query: SpotCheckDrawQuery,
    variables: { unitId: unitId ?? '', date: date ?? '' },
    pause: !unitId || !date,
    requestPolicy: 'network-only',
  });
  const draw = data?.spotCheckDraw;
  const verdict = useMemo(() => (draw ? verifyPublishedDraw(draw.json) : null), [draw]);
  const problem = problemOf(error);
  const unitOptions = units.some((u) => u.id === unitId) || !unitId ? units : [...units, { id: unitId, name: unitId, pilotId: '' }];
  const unitName = unitOptions.find((u) => u.id === unitId)?.name ?? '';
  const names = new Map(draw?.rosterMembers.map((m) => [m.id, m.fullName]) ?? []);

  return (
    <>
      <PageHeading
        title={t('pilot.verify.title')}
        subtitle={t('pilot.verify.subtitle')}
        extra={
          <Space wrap>
            <Select
              style={{ minWidth: 260 }}
              value={unitId}
              onChange={(u) => choose(u, date)}
              aria-label={t('pilot.common.unit')}
              options={unitOptions.map((u) => ({ value: u.id, label: u.name }))}
            />
            <DatePicker
              format={DATE_FORMAT}
              allowClear={false}
              aria-label={t('pilot.common.date')}
              value={date ? dayjs(date) : undefined}
              onChange={(d) => d && choose(unitId, d.format('YYYY-MM-DD'))}
            />
          </Space>
        }
      />
      {problem ? (
        <PageError message={problemText(problem)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !unitId ? (
        <Empty description={t('pilot.verify.pick')} />
      ) : fetching && !data ? (
        <Card loading />
      ) : !draw ? (
        <Empty description={t('pilot.verify.none')} />
      ) : (
        <Flex vertical gap={16}>
          <Card
            size="small"
            title={t('pilot.verify.verdict')}
            extra={
              <Button icon={<DownloadOutlined />} onClick={() => download(draw.json, drawFileName(unitName, draw.date))}>
                {t('pilot.actions.download')}
              </Button>
            }
          >
            {verdict?.state === 'match' && (
              <Space align="start" data-testid="draw-verdict" data-verdict="match">
                <CheckCircleFilled style={{ color: '#389e0d', fontSize: 28 }} />
                <div>
                  <Tag color="green" style={{ fontSize: 16, padding: '2px 10px' }}>
                    {t('pilot.verify.match')}
                  </Tag>
                  <Typography.Paragraph style={{ marginTop: 6, marginBottom: 0 }}>{t('pilot.verify.matchText')}</Typography.Paragraph>
                </div>
              </Space>
            )}
            {verdict?.state === 'mismatch' && (
              <Space direction="vertical" style={{ width: '100%' }} data-testid="draw-verdict" data-verdict="mismatch">
                <Space>
                  <CloseCircleFilled style={{ color: '#cf1322', fontSize: 28 }} />
                  <Tag color="red" style={{ fontSize: 16, padding: '2px 10px' }}>
                    {t('pilot.verify.mismatch')}
                  </Tag>
                </Space>
                <Typography.Text>{t('pilot.verify.mismatchText')}</Typography.Text>
                <Table
                  size="small"
                  rowKey="field"
                  pagination={false}
                  dataSource={verdict.mismatches}
                  columns={[
                    { key: 'field', title: t('pilot.verify.field'), dataIndex: 'field' },
                    { key: 'expected', title: t('pilot.verify.expected'), render: (_, m) => <code>{JSON.stringify(m.expected)}</code> },
                    { key: 'actual', title: t('pilot.verify.actual'), render: (_, m) => <code>{JSON.stringify(m.actual)}</code> },
                  ]}
                />
              </Space>
            )}
            {verdict?.state === 'sealed' && <Alert type="info" showIcon message={t('pilot.verify.sealed')} data-testid="draw-verdict" data-verdict="sealed" />}
            {verdict?.state === 'unreadable' && <Alert type="error" showIcon message={t('pilot.verify.unreadable', { error: verdict.error })} />}
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              <code>{t('pilot.verify.cli')}</code>
            </Typography.Paragraph>
          </Card>

          <Card size="small">
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('pilot.verify.algorithm')}>
                <code>{draw.algorithm}</code>
              </Descriptions.Item>
              <Descriptions.Item label={t('pilot.verify.commitment')}>
                <code style={{ wordBreak: 'break-all' }}>{draw.commitment}</code>
              </Descriptions.Item>
              <Descriptions.Item label={t('pilot.verify.drawnAt')}>{formatDateTime(draw.drawnAt)}</Descriptions.Item>
              <Descriptions.Item label={t('pilot.verify.seed')}>
                {draw.seed ? (
                  <code style={{ wordBreak: 'break-all' }} data-testid="draw-seed">
                    {draw.seed}
                  </code>
                ) : (
                  <Typography.Text type="secondary">{t('pilot.verify.sealed')}</Typography.Text>
                )}
              </Descriptions.Item>
              {draw.revealedAt && <Descriptions.Item label={t('pilot.verify.revealedAt')}>{formatDateTime(draw.revealedAt)}</Descriptions.Item>}
              <Descriptions.Item label={t('pilot.verify.parameters')}>
                {t('pilot.verify.parameterText', {
                  rate: draw.parameters.sampleRateBasisPoints / 100,
                  window: draw.parameters.answerWindowMinutes,
                  hours: draw.parameters.coreHours.map((w) => `${w.start}–${w.end}`).join(', '),
                })}
              </Descriptions.Item>
              <Descriptions.Item label={t('pilot.verify.rosterHash')}>
                <code style={{ wordBreak: 'break-all' }}>{draw.rosterHash}</code>
              </Descriptions.Item>
            </Descriptions>
          </Card>

          <Flex wrap gap={16}>
            <Card size="small" style={{ flex: 1, minWidth: 320 }} title={t('pilot.verify.roster', { n: draw.roster.length })}>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={draw.roster.map((id, index) => ({ id, index, name: names.get(id) ?? id }))}
                columns={[
                  { key: 'index', title: '#', dataIndex: 'index', width: 48 },
                  {
                    key: 'name',
                    title: t('pilot.common.official'),
                    render: (_, r) => (
                      <>
                        <div>{r.name}</div>
                        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                          {r.id}
                        </Typography.Text>
                      </>
                    ),
                  },
                ]}
              />
            </Card>
            <Card size="small" style={{ flex: 1, minWidth: 320 }} title={t('pilot.verify.picks', { k: draw.k })}>
              {draw.picks ? (
                <Table
                  size="small"
                  rowKey="order"
                  pagination={false}
                  dataSource={draw.picks}
                  columns={[
                    { key: 'order', title: t('pilot.verify.order'), render: (_, p) => p.order + 1, width: 64 },
                    { key: 'name', title: t('pilot.common.official'), render: (_, p) => `${names.get(p.officialId) ?? p.officialId} (#${p.rosterIndex})` },
                    { key: 'prompt', title: t('pilot.verify.promptAt'), render: (_, p) => p.promptLocalTime },
                    { key: 'answerBy', title: t('pilot.verify.answerBy'), render: (_, p) => time(p.answerBy) },
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">{t('pilot.verify.sealed')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Flex>
      )}
    </>
  );
}
