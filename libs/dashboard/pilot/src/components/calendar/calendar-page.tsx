import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { problemOf } from '@ketqua/dashboard/data-access';
import { DATE_FORMAT, formatDateTime, formatLocalDate, PageError, PageHeading, rowsState, useProblemText, ResponsiveTable } from '@ketqua/dashboard/ui';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LoadCalendarYearMutation, RemoveCalendarDayMutation, SetCalendarDayMutation } from '../../graphql/calendar.mutations';
import { WorkingCalendarQuery } from '../../graphql/working-calendar.query';
import { useAction } from '../../hooks/use-action';
import { useServerToday } from '../../hooks/use-server-today';

type Kind = 'HOLIDAY' | 'SWAPPED_DAY_OFF' | 'MAKE_UP_WORKDAY';
interface Entry {
  date: string;
  kind: Kind;
  name: string;
  document: string;
}

const KIND_COLORS: Record<Kind, string> = { HOLIDAY: 'red', SWAPPED_DAY_OFF: 'orange', MAKE_UP_WORKDAY: 'blue' };
const KINDS: Kind[] = ['HOLIDAY', 'SWAPPED_DAY_OFF', 'MAKE_UP_WORKDAY'];

/** HR: a year's holidays, swapped days off and make-up working days, each with its deciding document. */
export function CalendarPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { message } = App.useApp();
  const today = useServerToday();
  const [chosenYear, setYear] = useState<number | undefined>();
  const year = chosenYear ?? (today ? Number(today.slice(0, 4)) : dayjs().year());
  const [{ data, fetching, error }, reload] = useQuery({ query: WorkingCalendarQuery, variables: { year }, requestPolicy: 'cache-and-network', pause: !today && !chosenYear });
  const [, remove] = useMutation(RemoveCalendarDayMutation);
  const [, load] = useMutation(LoadCalendarYearMutation);
  const action = useAction();
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const problem = problemOf(error);
  const calendar = data?.workingCalendar;
  const refresh = () => reload({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeading
        title={t('pilot.calendar.title')}
        subtitle={t('pilot.calendar.subtitle')}
        extra={
          <Space wrap>
            <InputNumber
              aria-label={t('pilot.calendar.year')}
              addonBefore={t('pilot.calendar.year')}
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              style={{ width: 160 }}
            />
            <Popconfirm
              title={t('pilot.calendar.loadConfirm', { year })}
              okText={t('pilot.calendar.load')}
              cancelText={t('pilot.actions.cancel')}
              onConfirm={() => void action.run(() => load({ year }), t('pilot.calendar.loaded', { year })).then((ok) => ok && refresh())}
            >
              <Button icon={<ReloadOutlined />}>{t('pilot.calendar.load')}</Button>
            </Popconfirm>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('pilot.calendar.addDay')}
            </Button>
          </Space>
        }
      />
      {calendar && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Tag>{t('pilot.calendar.source', { source: t(`pilot.calendarSource.${calendar.source}`) })}</Tag>
          <Tag color="green">{t('pilot.calendar.workingDays', { n: calendar.workingDays })}</Tag>
          {calendar.updatedAt && <Typography.Text type="secondary">{formatDateTime(calendar.updatedAt)}</Typography.Text>}
        </Space>
      )}
      {problem ? (
        <PageError message={problemText(problem)} onRetry={refresh} />
      ) : (
        <ResponsiveTable<Entry>
          rowKey="date"
          dataSource={[...(calendar?.entries ?? [])].sort((a, b) => a.date.localeCompare(b.date))}
          pagination={false}
          size="small"
          {...rowsState(fetching && !data, t('pilot.calendar.empty'))}
          columns={[
            { key: 'date', title: t('pilot.common.date'), render: (_, e) => `${formatLocalDate(e.date)} (${dayjs(e.date).format('dd')})` },
            { key: 'kind', title: t('pilot.calendar.kind'), render: (_, e) => <Tag color={KIND_COLORS[e.kind]}>{t(`pilot.calendarKind.${e.kind}`)}</Tag> },
            { key: 'name', title: t('pilot.calendar.name'), dataIndex: 'name' },
            { key: 'document', title: t('pilot.calendar.document'), dataIndex: 'document', responsive: ['md'] },
            {
              key: 'actions',
              render: (_, e) => (
                <Space>
                  <Button size="small" onClick={() => setEditing(e)}>
                    {t('pilot.actions.edit')}
                  </Button>
                  <Popconfirm
                    title={t('pilot.calendar.removeConfirm', { date: formatLocalDate(e.date) })}
                    okText={t('pilot.actions.remove')}
                    cancelText={t('pilot.actions.cancel')}
                    onConfirm={async () => {
                      if (await action.run(() => remove({ date: e.date }))) {
                        void message.success(t('pilot.calendar.removed', { date: formatLocalDate(e.date) }));
                        refresh();
                      }
                    }}
                  >
                    <Button size="small" danger>
                      {t('pilot.actions.remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing && (
        <DayModal
          edit={editing === 'new' ? undefined : editing}
          year={year}
          onClose={(changed) => {
            setEditing(null);
            if (changed) refresh();
          }}
        />
      )}
    </>
  );
}

function DayModal({ edit, year, onClose }: { edit?: Entry; year: number; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ date: Dayjs; kind: Kind; name: string; document: string }>();
  const [, setDay] = useMutation(SetCalendarDayMutation);
  const action = useAction({ form });
  const required = { required: true, whitespace: true, message: t('pilot.common.required') };
  return (
    <Modal
      open
      title={edit ? t('pilot.calendar.dayEdit', { date: formatLocalDate(edit.date) }) : t('pilot.calendar.dayNew')}
      okText={t('pilot.actions.save')}
      cancelText={t('pilot.actions.cancel')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={edit ? { ...edit, date: dayjs(edit.date) } : { kind: 'HOLIDAY', date: dayjs(`${year}-01-01`) }}
        onFinish={async (v) => {
          const ok = await action.run(
            () => setDay({ input: { date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name.trim(), document: v.document.trim() } }),
            t('pilot.common.saved'),
          );
          if (ok) onClose(true);
        }}
      >
        <Form.Item name="date" label={t('pilot.common.date')} rules={[{ required: true, message: t('pilot.common.required') }]}>
          <DatePicker format={DATE_FORMAT} disabled={!!edit} />
        </Form.Item>
        <Form.Item name="kind" label={t('pilot.calendar.kind')} rules={[{ required: true, message: t('pilot.common.required') }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`pilot.calendarKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('pilot.calendar.name')} rules={[required]}>
          <Input maxLength={200} placeholder={t('pilot.calendar.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="document" label={t('pilot.calendar.document')} rules={[required]}>
          <Input maxLength={300} placeholder={t('pilot.calendar.documentPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
