import { TIME_ZONE } from '@ketqua/dashboard/ui';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LogWorkMutation } from '../graphql/log-work.mutation';
import { useAction } from '../hooks/use-action';

interface Values {
  assignmentId?: string;
  workDate: Dayjs;
  minutes: number;
  note: string;
}

/**
 * Nhật ký công việc: what was done on a day and for how long, against one assignment (fixed when
 * opened from it) or chosen from the official's open work, or none for general work.
 */
export function LogWorkModal({ assignmentId, choices, onClose }: { assignmentId?: string; choices?: Array<{ id: string; title: string }>; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [, log] = useMutation(LogWorkMutation);
  const action = useAction({ form });
  const today = dayjs(dayjs().tz(TIME_ZONE).format('YYYY-MM-DD'));
  return (
    <Modal
      open
      title={t('work.logWork.title')}
      okText={t('work.actions.save')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ workDate: today, minutes: 60, assignmentId }}
        onFinish={async (v) => {
          const ok = await action.run(
            () => log({ input: { assignmentId: assignmentId ?? v.assignmentId ?? null, workDate: v.workDate.format('YYYY-MM-DD'), minutes: v.minutes, note: v.note } }),
            t('work.logWork.saved'),
          );
          if (ok) onClose(true);
        }}
      >
        {choices && (
          <Form.Item name="assignmentId" label={t('work.logWork.assignment')}>
            <Select allowClear showSearch optionFilterProp="label" placeholder={t('work.logWork.general')} options={choices.map((c) => ({ value: c.id, label: c.title }))} />
          </Form.Item>
        )}
        <Form.Item name="workDate" label={t('work.logWork.date')} rules={[{ required: true, message: t('work.form.required') }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(today, 'day') || d.isBefore(today.subtract(31, 'day'), 'day')} />
        </Form.Item>
        <Form.Item name="minutes" label={t('work.logWork.minutes')} rules={[{ required: true, message: t('work.form.required') }]}>
          <InputNumber min={1} max={1440} step={15} />
        </Form.Item>
        <Form.Item name="note" label={t('work.logWork.note')} rules={[{ required: true, min: 3, message: t('work.form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
