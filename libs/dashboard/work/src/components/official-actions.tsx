import type { UploadedFile } from '@ketqua/dashboard/data-access';
import { TIME_ZONE } from '@ketqua/dashboard/ui';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LogWorkMutation } from '../graphql/log-work.mutation';
import { StartAssignmentMutation } from '../graphql/start-assignment.mutation';
import { SubmitDeliverableMutation } from '../graphql/submit-deliverable.mutation';
import { useAction } from '../hooks/use-action';
import { UploadField } from './upload-field';

interface Props {
  assignment: { id: string; status: string; deliverables: unknown[] };
  onChanged: () => void;
}

/** What the assignee can do: start, log work, submit (or resubmit after a return). */
export function OfficialActions({ assignment, onChanged }: Props) {
  const { t } = useTranslation();
  const [, start] = useMutation(StartAssignmentMutation);
  const action = useAction();
  const [logOpen, setLogOpen] = useState(false);
  const [submitOpen, setSubmitOpen] = useState(false);
  const canSubmit = assignment.status === 'IN_PROGRESS' || assignment.status === 'RETURNED';
  const canLog = !['ACCEPTED', 'CANCELLED'].includes(assignment.status);
  return (
    <Space wrap>
      {assignment.status === 'ASSIGNED' && (
        <Button type="primary" loading={action.busy} onClick={async () => (await action.run(() => start({ id: assignment.id }))) && onChanged()}>
          {t('work.actions.start')}
        </Button>
      )}
      {canLog && <Button onClick={() => setLogOpen(true)}>{t('work.actions.logWork')}</Button>}
      {canSubmit && (
        <Button type="primary" onClick={() => setSubmitOpen(true)}>
          {assignment.status === 'RETURNED' ? t('work.actions.resubmit') : t('work.actions.submit')}
        </Button>
      )}
      {logOpen && <LogWorkModal assignmentId={assignment.id} onClose={(changed) => { setLogOpen(false); if (changed) onChanged(); }} />}
      {submitOpen && (
        <SubmitModal
          assignmentId={assignment.id}
          versionNo={assignment.deliverables.length + 1}
          onClose={(changed) => { setSubmitOpen(false); if (changed) onChanged(); }}
        />
      )}
    </Space>
  );
}

function LogWorkModal({ assignmentId, onClose }: { assignmentId: string; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ workDate: Dayjs; minutes: number; note: string }>();
  const [, log] = useMutation(LogWorkMutation);
  const action = useAction();
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
      <Form
        form={form}
        layout="vertical"
        initialValues={{ workDate: today, minutes: 60 }}
        onFinish={async (v) => {
          const ok = await action.run(
            () => log({ input: { assignmentId, workDate: v.workDate.format('YYYY-MM-DD'), minutes: v.minutes, note: v.note } }),
            t('work.logWork.saved'),
          );
          if (ok) onClose(true);
        }}
      >
        <Form.Item name="workDate" label={t('work.logWork.date')} rules={[{ required: true, message: t('work.form.required') }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(today, 'day')} />
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

function SubmitModal({ assignmentId, versionNo, onClose }: { assignmentId: string; versionNo: number; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string; links?: string }>();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [, submit] = useMutation(SubmitDeliverableMutation);
  const action = useAction();
  return (
    <Modal
      open
      title={t('work.submit.title')}
      okText={t('work.actions.submit')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const links = (v.links ?? '').split(/\s+/).map((l) => l.trim()).filter(Boolean);
          const ok = await action.run(
            () => submit({ input: { assignmentId, note: v.note ?? '', links, fileIds: files.map((f) => f.id) } }),
            t('work.submit.done', { n: versionNo }),
          );
          if (ok) onClose(true);
        }}
      >
        <Form.Item label={t('work.submit.files')}>
          <UploadField onChange={setFiles} label={t('work.submit.files')} />
        </Form.Item>
        <Form.Item name="links" label={t('work.submit.links')}>
          <Input.TextArea rows={2} placeholder="https://" />
        </Form.Item>
        <Form.Item name="note" label={t('work.submit.note')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
