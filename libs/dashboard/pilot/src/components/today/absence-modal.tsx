import { DATE_FORMAT } from '@ketqua/dashboard/ui';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RecordAbsenceMutation } from '../../graphql/absence.mutations';
import { useAction } from '../../hooks/use-action';

const KINDS = ['LEAVE', 'SICK', 'BUSINESS_TRIP'] as const;

/** Leave, sick leave or a business trip: away, so nobody is checked then. */
export function AbsenceModal({ officials, from, onClose }: { officials: Array<{ id: string; fullName: string }>; from: string; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ officialId: string; kind: (typeof KINDS)[number]; dates: [Dayjs, Dayjs]; note?: string }>();
  const [, record] = useMutation(RecordAbsenceMutation);
  const action = useAction({ form, fieldAliases: { startDate: 'dates', endDate: 'dates' } });
  const required = [{ required: true, message: t('pilot.common.required') }];
  return (
    <Modal
      open
      title={t('pilot.today.absenceTitle')}
      okText={t('pilot.actions.save')}
      cancelText={t('pilot.actions.cancel')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'LEAVE', dates: [dayjs(from), dayjs(from)] }}
        onFinish={async (v) => {
          const ok = await action.run(
            () =>
              record({
                input: {
                  officialId: v.officialId,
                  kind: v.kind,
                  startDate: v.dates[0].format('YYYY-MM-DD'),
                  endDate: v.dates[1].format('YYYY-MM-DD'),
                  note: v.note?.trim() || null,
                },
              }),
            t('pilot.today.recorded'),
          );
          if (ok) onClose(true);
        }}
      >
        <Form.Item name="officialId" label={t('pilot.common.official')} rules={required}>
          <Select showSearch optionFilterProp="label" options={officials.map((o) => ({ value: o.id, label: o.fullName }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('pilot.today.kind')} rules={required}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`pilot.absenceKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="dates" label={t('pilot.common.period')} rules={required}>
          <DatePicker.RangePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="note" label={t('pilot.today.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
