import { UploadOutlined } from '@ant-design/icons';
import { problemOf, uploadFile, useSessionStore } from '@ketqua/dashboard/data-access';
import { useLanguage, useMutationAction } from '@ketqua/dashboard/ui';
import { App, Button, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { RequestWaiverMutation } from '../../graphql/waivers/request-waiver.mutation';
import { WaivableDeductionsQuery } from '../../graphql/waivers/waivable-deductions.query';

interface Values {
  evaluationId: string;
  assignmentId: string;
  deduction: string;
  cause: string;
}

/**
 * "Đề nghị miễn trừ": the official picks an evaluation, an assignment and one of its unwaived
 * deductions, writes the objective cause and uploads the evidence (POST /files); the evaluator is told.
 */
export function WaiverRequestButton({ evaluationId, onSent }: { evaluationId?: string; onSent?: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const session = useSessionStore();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [options] = useQuery({ query: WaivableDeductionsQuery, pause: !open, requestPolicy: 'network-only' });
  const [, request] = useMutation(RequestWaiverMutation);
  const action = useMutationAction(problemOf, 8, { form, fieldAliases: { 'input.reference': 'deduction', 'input.kind': 'deduction' } });
  const [attachment, setAttachment] = useState<{ id: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const chosenEvaluation = Form.useWatch('evaluationId', form);
  const chosenAssignment = Form.useWatch('assignmentId', form);
  const evaluations = options.data?.myWaivableDeductions ?? [];
  const evaluation = evaluations.find((e) => e.evaluationId === chosenEvaluation);
  const assignment = evaluation?.assignments.find((a) => a.assignmentId === chosenAssignment);

  const submit = async (values: Values) => {
    const [kind, reference] = JSON.parse(values.deduction) as ['MAJOR_ERROR_RETURN' | 'MISSED_DEADLINE', string];
    const done = await action.run(
      () =>
        request({ input: { evaluationId: values.evaluationId, assignmentId: values.assignmentId, kind, reference, cause: values.cause, attachmentId: attachment?.id ?? null } }),
      t('waivers.sent'),
    );
    if (done) {
      setOpen(false);
      form.resetFields();
      setAttachment(null);
      onSent?.();
    }
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('waivers.request')}
      </Button>
      <Modal
        open={open}
        title={t('waivers.request')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ disabled: uploading }}
        confirmLoading={action.busy}
        destroyOnHidden
      >
        {!options.fetching && evaluations.every((e) => e.assignments.length === 0) ? (
          <Typography.Text>{t('waivers.nothing')}</Typography.Text>
        ) : (
          <Form form={form} layout="vertical" onFinish={submit} initialValues={{ evaluationId }}>
            <Form.Item name="evaluationId" label={t('waivers.evaluation')} rules={[{ required: true }]}>
              <Select
                onChange={() => form.setFieldsValue({ assignmentId: undefined, deduction: undefined })}
                options={evaluations.filter((e) => e.assignments.length).map((e) => ({ value: e.evaluationId, label: e.periodName }))}
              />
            </Form.Item>
            <Form.Item name="assignmentId" label={t('waivers.assignment')} rules={[{ required: true }]}>
              <Select
                onChange={() => form.setFieldsValue({ deduction: undefined })}
                options={(evaluation?.assignments ?? []).map((a) => ({ value: a.assignmentId, label: a.title }))}
              />
            </Form.Item>
            <Form.Item name="deduction" label={t('waivers.deduction')} rules={[{ required: true }]}>
              <Select
                options={(assignment?.deductions ?? []).map((d) => ({ value: JSON.stringify([d.kind, d.reference]), label: t(`waivers.kinds.${d.kind}`, { ref: d.reference }) }))}
              />
            </Form.Item>
            <Form.Item name="cause" label={t('waivers.cause')} rules={[{ required: true, min: 10 }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item label={t('waivers.attachment')}>
              <Upload
                showUploadList={false}
                customRequest={async ({ file, onSuccess, onError }) => {
                  setUploading(true);
                  try {
                    const uploaded = await uploadFile(client, session, file as File, language);
                    setAttachment({ id: uploaded.id, name: uploaded.name });
                    onSuccess?.(uploaded);
                  } catch (error) {
                    void message.error((error as Error).message, 8);
                    onError?.(error as Error);
                  } finally {
                    setUploading(false);
                  }
                }}
              >
                <Button icon={<UploadOutlined />}>{t('waivers.upload')}</Button>
              </Upload>
              {attachment && <Typography.Text> {t('waivers.uploaded', { name: attachment.name })}</Typography.Text>}
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
