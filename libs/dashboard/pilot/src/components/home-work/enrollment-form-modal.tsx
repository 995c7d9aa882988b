import { DATE_FORMAT, formatLocalDate, useLanguage } from '@ketqua/dashboard/ui';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RequestEnrollmentMutation } from '../../graphql/enrollment.mutations';
import { useAction } from '../../hooks/use-action';
import { WORK_WEEKDAYS } from '../../logic/week-grid';
import { weekdayName } from '../labels';

const EQUIPMENT = ['hasComputer', 'hasPhone', 'hasPrinter', 'hasInternet'] as const;
type Equipment = (typeof EQUIPMENT)[number];

// The text must be readable in full before accepting it: its own scrolling box inside the form.
const COMMITMENT_BOX = {
  maxHeight: 280,
  overflowY: 'auto',
  border: '1px solid #d9dee6',
  borderRadius: 6,
  padding: '8px 12px',
  margin: '6px 0 12px',
  background: '#fafbfc',
} as const;

export interface EnrollmentPilot {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  maxHomeDaysPerWeek: number;
}

interface Values {
  pilotId: string;
  weekdays: number[];
  dates: [Dayjs, Dayjs];
  accept: boolean;
  equipment: Equipment[];
  note?: string;
}

/**
 * "Đăng ký làm việc tại nhà": weekdays and dates, the current commitment to read and accept, and
 * the equipment checklist. The form checks what it can; the API has the last word (caps are the head's).
 */
export function EnrollmentFormModal({
  pilots,
  commitment,
  today,
  onClose,
}: {
  pilots: EnrollmentPilot[];
  commitment: { version: number; title: string; body: string; bodyEn?: string | null };
  /** The server's today (Asia/Ho_Chi_Minh), not the device's. */
  today: string;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const [, request] = useMutation(RequestEnrollmentMutation);
  const action = useAction({ form, fieldAliases: { startDate: 'dates', endDate: 'dates', acceptCommitment: 'accept' } });
  const pilotId = Form.useWatch('pilotId', form) ?? pilots[0]?.id;
  const pilot = pilots.find((p) => p.id === pilotId) ?? pilots[0];
  const maxDays = pilot?.maxHomeDaysPerWeek ?? 2;
  const first = dayjs(pilot && pilot.startDate > today ? pilot.startDate : today);

  const submit = async (v: Values) => {
    const has = (item: Equipment) => v.equipment.includes(item);
    const ok = await action.run(
      () =>
        request({
          input: {
            pilotId: v.pilotId,
            weekdays: [...v.weekdays].sort(),
            startDate: v.dates[0].format('YYYY-MM-DD'),
            endDate: v.dates[1].format('YYYY-MM-DD'),
            acceptCommitment: v.accept,
            commitmentVersion: commitment.version,
            hasComputer: has('hasComputer'),
            hasPhone: has('hasPhone'),
            hasPrinter: has('hasPrinter'),
            hasInternet: has('hasInternet'),
            note: v.note?.trim() || null,
          },
        }),
      t('pilot.form.sent'),
    );
    if (ok) onClose(true);
  };

  return (
    <Modal
      open
      width={760}
      title={t('pilot.form.title')}
      okText={t('pilot.form.submit')}
      cancelText={t('pilot.actions.cancel')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ pilotId: pilots[0]?.id, weekdays: [], equipment: [], accept: false, dates: pilot ? [first, dayjs(pilot.endDate)] : undefined }}
        onFinish={submit}
      >
        {pilots.length > 1 && (
          <Form.Item name="pilotId" label={t('pilot.form.pilot')} rules={[{ required: true }]}>
            <Select options={pilots.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
        )}
        {pilots.length === 1 && (
          <Form.Item name="pilotId" hidden>
            <Input />
          </Form.Item>
        )}
        {pilots.length === 1 && <Typography.Paragraph strong>{pilot?.name}</Typography.Paragraph>}
        <Form.Item
          name="weekdays"
          label={t('pilot.form.weekdays')}
          extra={t('pilot.form.weekdaysHelp', { n: maxDays })}
          rules={[
            { required: true, type: 'array', min: 1, message: t('pilot.form.pickWeekdays') },
            { type: 'array', max: maxDays, message: t('pilot.form.tooManyDays', { n: maxDays }) },
          ]}
        >
          <GroupWithoutAriaRequired options={WORK_WEEKDAYS.map((d) => ({ value: d, label: weekdayName(t, d) }))} />
        </Form.Item>
        <Form.Item
          name="dates"
          label={t('pilot.form.dates')}
          rules={[{ required: true, message: t('pilot.form.datesRequired') }]}
          extra={pilot ? `${formatLocalDate(pilot.startDate)} – ${formatLocalDate(pilot.endDate)}` : undefined}
        >
          <DatePicker.RangePicker format={DATE_FORMAT} disabledDate={(d) => d.isBefore(first, 'day') || (!!pilot && d.isAfter(dayjs(pilot.endDate), 'day'))} />
        </Form.Item>
        <Typography.Text strong>{t('pilot.form.commitment', { n: commitment.version })}</Typography.Text>
        <div data-testid="commitment-text" style={COMMITMENT_BOX}>
          <Typography.Title level={5}>{commitment.title}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
            {language === 'en' && commitment.bodyEn ? commitment.bodyEn : commitment.body}
          </Typography.Paragraph>
        </div>
        <Form.Item name="accept" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('pilot.form.mustAccept')))) }]}>
          <Checkbox>{t('pilot.form.accept')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="equipment"
          label={t('pilot.form.equipment')}
          extra={t('pilot.form.equipmentHelp')}
          rules={[{ validator: (_, v: Equipment[] = []) => (EQUIPMENT.every((e) => v.includes(e)) ? Promise.resolve() : Promise.reject(new Error(t('pilot.form.mustEquip')))) }]}
        >
          <Checkbox.Group options={EQUIPMENT.map((e) => ({ value: e, label: t(`pilot.equipment.${e}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('pilot.form.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {action.failure && <Alert type="error" showIcon message={action.failure} />}
      </Form>
    </Modal>
  );
}

/**
 * Form.Item marks a required field with aria-required, which a checkbox group (role=group) may not
 * carry (axe: aria-allowed-attr, critical); the label's asterisk and the error message still say it.
 */
function GroupWithoutAriaRequired(props: ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Checkbox.Group {...rest} />;
}
