import type { UploadedFile } from '@ketqua/dashboard/data-access';
import { isOpenAssignment } from '@ketqua/domain';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { StartAssignmentMutation } from '../graphql/start-assignment.mutation';
import { SubmitDeliverableMutation } from '../graphql/submit-deliverable.mutation';
import { useAction } from '../hooks/use-action';
import { LogWorkModal } from './log-work-modal';
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
  const canLog = isOpenAssignment(assignment.status);
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
      {logOpen && (
        <LogWorkModal
          assignmentId={assignment.id}
          onClose={(changed) => {
            setLogOpen(false);
            if (changed) onChanged();
          }}
        />
      )}
      {submitOpen && (
        <SubmitModal
          assignmentId={assignment.id}
          versionNo={assignment.deliverables.length + 1}
          onClose={(changed) => {
            setSubmitOpen(false);
            if (changed) onChanged();
          }}
        />
      )}
    </Space>
  );
}

function SubmitModal({ assignmentId, versionNo, onClose }: { assignmentId: string; versionNo: number; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string; links?: string }>();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [empty, setEmpty] = useState(false);
  const [, submit] = useMutation(SubmitDeliverableMutation);
  const action = useAction({ form });
  return (
    <Modal
      open
      title={t('work.submit.title')}
      okText={t('work.actions.submit')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      okButtonProps={{ disabled: uploading }}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const links = (v.links ?? '')
            .split(/\s+/)
            .map((l) => l.trim())
            .filter(Boolean);
          // Something must be handed in: a file, a link or at least a note.
          if (!files.length && !links.length && !(v.note ?? '').trim()) {
            setEmpty(true);
            return;
          }
          const ok = await action.run(
            () => submit({ input: { assignmentId, note: v.note ?? '', links, fileIds: files.map((f) => f.id) } }),
            t('work.submit.done', { n: versionNo }),
          );
          if (ok) onClose(true);
        }}
      >
        <Form.Item label={t('work.submit.files')}>
          <UploadField
            onChange={(f) => {
              setFiles(f);
              setEmpty(false);
            }}
            onUploading={setUploading}
            label={t('work.submit.files')}
          />
        </Form.Item>
        <Form.Item
          name="links"
          label={t('work.submit.links')}
          rules={[
            {
              validator: (_, value?: string) =>
                (value ?? '')
                  .split(/\s+/)
                  .filter(Boolean)
                  .every((l) => /^https?:\/\/\S+$/i.test(l))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('work.submit.badLink'))),
            },
          ]}
        >
          <Input.TextArea rows={2} placeholder="https://" />
        </Form.Item>
        <Form.Item name="note" label={t('work.submit.note')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        {empty && <Alert type="error" showIcon title={t('work.submit.needSomething')} />}
      </Form>
    </Modal>
  );
}
