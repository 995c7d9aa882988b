import { problemOf } from '@ketqua/dashboard/data-access';
import { DATE_FORMAT, useMutationAction } from '@ketqua/dashboard/ui';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CreateEvaluationPeriodMutation } from '../../graphql/periods/create-evaluation-period.mutation';
import { PeriodAgenciesQuery } from '../../graphql/periods/period-agencies.query';

interface Values {
  agencyId: string;
  kind: 'MONTH' | 'QUARTER' | 'YEAR';
  year: number;
  number?: number;
  name?: string;
  selfAssessmentUntil: Dayjs;
  headScoringUntil: Dayjs;
  publishUntil: Dayjs;
  cutOffAt: Dayjs;
}

/** HR: a new period of an agency — kind, year and number give the dates; the windows and the cut-off. */
export function PeriodFormModal({ onClose }: { onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ data }] = useQuery({ query: PeriodAgenciesQuery });
  const [, create] = useMutation(CreateEvaluationPeriodMutation);
  const action = useMutationAction(problemOf, 6, { form });
  const kind = Form.useWatch('kind', form);
  const submit = async (v: Values) => {
    const ok = await action.run(
      () =>
        create({
          input: {
            agencyId: v.agencyId,
            kind: v.kind,
            year: v.year,
            number: v.kind === 'YEAR' ? null : v.number,
            name: v.name?.trim() || undefined,
            selfAssessmentUntil: v.selfAssessmentUntil.format('YYYY-MM-DD'),
            headScoringUntil: v.headScoringUntil.format('YYYY-MM-DD'),
            publishUntil: v.publishUntil.format('YYYY-MM-DD'),
            cutOffAt: v.cutOffAt.toISOString(),
          },
        }),
      t('periods.created'),
    );
    if (ok) onClose(true);
  };
  return (
    <Modal open title={t('periods.create')} onCancel={() => onClose(false)} onOk={() => form.submit()} confirmLoading={action.busy} destroyOnClose>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'MONTH', year: 2026 }}>
        <Form.Item name="agencyId" label={t('periods.fields.agency')} rules={[{ required: true }]}>
          <Select options={(data?.agencies.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('periods.fields.kind')} rules={[{ required: true }]}>
          <Select options={(['MONTH', 'QUARTER', 'YEAR'] as const).map((k) => ({ value: k, label: t(`periods.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('periods.fields.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        {kind !== 'YEAR' && (
          <Form.Item name="number" label={t('periods.fields.number')} rules={[{ required: true }]}>
            <InputNumber min={1} max={kind === 'QUARTER' ? 4 : 12} />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('periods.fields.name')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="selfAssessmentUntil" label={t('periods.fields.selfAssessmentUntil')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="headScoringUntil" label={t('periods.fields.headScoringUntil')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="publishUntil" label={t('periods.fields.publishUntil')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="cutOffAt" label={t('periods.fields.cutOffAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={`${DATE_FORMAT} HH:mm`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
