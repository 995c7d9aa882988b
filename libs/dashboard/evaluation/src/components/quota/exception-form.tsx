import { Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemOf } from '@ketqua/dashboard/data-access';
import { useMutationAction } from '@ketqua/dashboard/ui';
import { RecordQuotaExceptionMutation } from '../../graphql/quota/record-quota-exception.mutation';

interface Values {
  regime: 'CONG_CHUC' | 'VIEN_CHUC';
  scopeKind: 'AGENCY' | 'TASK_GROUP';
  taskGroup?: string;
  rule: 'PERCENT_OF_GOOD' | 'PARTY_MEMBER_SHARE';
  extraExcellent: number;
  reason: string;
  grantedBy: string;
  decisionDocument?: string;
}

/** HR records an exception to the quota: scope, how many more, the reason and who granted it. */
export function ExceptionForm({ periodId, agencyId, onSaved }: { periodId: string; agencyId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [, record] = useMutation(RecordQuotaExceptionMutation);
  const action = useMutationAction(problemOf, 8, { form });
  const scopeKind = Form.useWatch('scopeKind', form);
  const submit = async (values: Values) => {
    const done = await action.run(
      () => record({ input: { ...values, periodId, agencyId, taskGroup: values.scopeKind === 'TASK_GROUP' ? values.taskGroup : null } }),
      t('quota.exceptionForm.saved'),
    );
    if (done) {
      setOpen(false);
      form.resetFields();
      onSaved();
    }
  };
  const f = (key: keyof Values) => t(`quota.exceptionForm.${key}`);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('quota.recordException')}</Button>
      <Modal open={open} title={t('quota.recordException')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={action.busy} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ regime: 'CONG_CHUC', scopeKind: 'AGENCY', rule: 'PERCENT_OF_GOOD', extraExcellent: 1 }}>
          <Form.Item name="regime" label={f('regime')}>
            <Select options={(['CONG_CHUC', 'VIEN_CHUC'] as const).map((r) => ({ value: r, label: t(`quota.regimes.${r}`) }))} />
          </Form.Item>
          <Form.Item name="scopeKind" label={f('scopeKind')}>
            <Select options={(['AGENCY', 'TASK_GROUP'] as const).map((k) => ({ value: k, label: t(`quota.scopeKinds.${k}`) }))} />
          </Form.Item>
          {scopeKind === 'TASK_GROUP' && (
            <Form.Item name="taskGroup" label={f('taskGroup')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          )}
          <Form.Item name="rule" label={f('rule')}>
            <Select options={(['PERCENT_OF_GOOD', 'PARTY_MEMBER_SHARE'] as const).map((r) => ({ value: r, label: t(`quota.rules.${r}`) }))} />
          </Form.Item>
          <Form.Item name="extraExcellent" label={f('extraExcellent')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
          <Form.Item name="reason" label={f('reason')} rules={[{ required: true, min: 10 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="grantedBy" label={f('grantedBy')} rules={[{ required: true, min: 3 }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="decisionDocument" label={f('decisionDocument')}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
