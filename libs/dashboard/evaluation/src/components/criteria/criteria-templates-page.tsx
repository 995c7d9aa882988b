import { PlusOutlined } from '@ant-design/icons';
import { problemOf } from '@ketqua/dashboard/data-access';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { DATE_FORMAT, formatLocalDate, PageHeading, ResponsiveTable, rowsState, useMutationAction } from '@ketqua/dashboard/ui';
import { Button, DatePicker, Descriptions, Form, Input, InputNumber, List, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DEFAULT_RULE_SET } from '@ketqua/domain';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CreateCriteriaTemplateMutation } from '../../graphql/criteria/create-criteria-template.mutation';
import { CriteriaPositionsQuery } from '../../graphql/criteria/criteria-positions.query';
import { CriteriaTemplatesQuery } from '../../graphql/criteria/criteria-templates.query';
import { PublishCriteriaTemplateMutation } from '../../graphql/criteria/publish-criteria-template.mutation';
import { UpdateCriteriaTemplateMutation } from '../../graphql/criteria/update-criteria-template.mutation';

type Template = ResultOf<typeof CriteriaTemplatesQuery>['criteriaTemplates']['edges'][number]['node'];
type Regime = Template['regime'];

interface FormValues {
  code: string;
  name: string;
  regime: Regime;
  effectiveFrom: dayjs.Dayjs;
  positionIds?: string[];
  quantity: number;
  quality: number;
  progress: number;
  leaderUnitWeightPercent: number;
  generalCriteria: Array<{ code: string; label: string; maxPoints: number }>;
}

/** The general criteria's total, from the shipped rule set (libs/domain). */
const GENERAL_MAX = DEFAULT_RULE_SET.congChuc.generalMaxPoints;

const useAction = (form?: Parameters<typeof useMutationAction>[2]) => useMutationAction(problemOf, 6, form);
const sumOf = (criteria: FormValues['generalCriteria'] | undefined) => (criteria ?? []).reduce((s, c) => s + Math.round((c?.maxPoints ?? 0) * 100), 0) / 100;

/**
 * Quản lý bộ tiêu chí (HR, ADMIN): every version of the city's criteria templates; a draft is
 * created and edited, published after a confirmation, and a published one is shown read-only.
 */
export function CriteriaTemplatesPage() {
  const { t } = useTranslation();
  const [{ data, fetching }, reload] = useQuery({ query: CriteriaTemplatesQuery, variables: { first: 100 }, requestPolicy: 'cache-and-network' });
  const [{ data: positionsData }] = useQuery({ query: CriteriaPositionsQuery });
  const positions = positionsData?.positions.edges.map((e) => e.node) ?? [];
  const [open, setOpen] = useState<{ mode: 'new' | 'edit' | 'view' | 'next'; template: Template | null } | null>(null);
  const [, publish] = useMutation(PublishCriteriaTemplateMutation);
  const publishAction = useAction();
  const templates = data?.criteriaTemplates.edges.map((e) => e.node) ?? [];
  const refresh = () => reload({ requestPolicy: 'network-only' });

  const columns: ColumnsType<Template> = [
    { key: 'code', title: t('criteria.editor.code'), dataIndex: 'code' },
    { key: 'versionNo', title: t('criteria.editor.version'), dataIndex: 'versionNo', align: 'right' },
    { key: 'name', title: t('criteria.editor.name'), dataIndex: 'name' },
    { key: 'regime', title: t('criteria.editor.regime'), render: (_, r) => t(`criteria.regime.${r.regime}`), responsive: ['md'] },
    {
      key: 'status',
      title: t('criteria.editor.status'),
      render: (_, r) => <Tag color={r.status === 'PUBLISHED' ? 'green' : 'gold'}>{t(`criteria.editor.status_${r.status}`)}</Tag>,
    },
    { key: 'effectiveFrom', title: t('criteria.editor.effectiveFrom'), render: (_, r) => formatLocalDate(r.effectiveFrom) },
    { key: 'ruleSetVersion', title: t('criteria.editor.ruleSetVersion'), render: (_, r) => r.ruleSetVersion ?? '—', responsive: ['lg'] },
    {
      key: 'actions',
      title: '',
      render: (_, r) =>
        r.status === 'DRAFT' ? (
          <Space wrap>
            <Button size="small" onClick={() => setOpen({ mode: 'edit', template: r })}>
              {t('criteria.editor.edit')}
            </Button>
            <Popconfirm
              title={t('criteria.editor.publishConfirm', { date: formatLocalDate(r.effectiveFrom) })}
              okText={t('criteria.editor.publish')}
              cancelText={t('criteria.editor.cancel')}
              onConfirm={async () => {
                if (await publishAction.run(() => publish({ input: { id: r.id, version: r.version } }), t('criteria.editor.published'))) refresh();
              }}
            >
              <Button size="small" type="primary" loading={publishAction.busy}>
                {t('criteria.editor.publish')}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Space wrap>
            <Button size="small" onClick={() => setOpen({ mode: 'view', template: r })}>
              {t('criteria.editor.view')}
            </Button>
            {!templates.some((x) => x.code === r.code && x.status === 'DRAFT') && (
              <Button size="small" onClick={() => setOpen({ mode: 'next', template: r })}>
                {t('criteria.editor.newVersion')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('criteria.editor.title')}
        subtitle={t('criteria.editor.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ mode: 'new', template: null })}>
            {t('criteria.editor.add')}
          </Button>
        }
      />
      <ResponsiveTable<Template>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={templates}
        pagination={false}
        {...rowsState(fetching && !data, t('criteria.editor.empty'))}
      />
      {open?.mode === 'view' && open.template && <TemplateView template={open.template} positions={positions} onClose={() => setOpen(null)} />}
      {open && open.mode !== 'view' && (
        <TemplateForm
          mode={open.mode}
          template={open.template}
          positions={positions}
          onClose={(changed) => {
            setOpen(null);
            if (changed) refresh();
          }}
        />
      )}
    </>
  );
}

function TemplateView({ template, positions, onClose }: { template: Template; positions: Array<{ id: string; name: string }>; onClose: () => void }) {
  const { t } = useTranslation();
  const names = template.positionIds?.map((id) => positions.find((p) => p.id === id)?.name ?? id);
  return (
    <Modal open title={t('criteria.editor.viewTitle')} onCancel={onClose} footer={<Button onClick={onClose}>{t('criteria.editor.close')}</Button>}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('criteria.editor.code')}>{`${template.code} · ${t('criteria.editor.version')} ${template.versionNo}`}</Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.name')}>{template.name}</Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.regime')}>{t(`criteria.regime.${template.regime}`)}</Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.effectiveFrom')}>{formatLocalDate(template.effectiveFrom)}</Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.ruleSetVersion')}>{template.ruleSetVersion}</Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.positions')}>{names ? names.join(', ') : t('criteria.editor.allPositions')}</Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.weights')}>
          {`${t('criteria.editor.quantity')} ${template.taskCombination.quantity} · ${t('criteria.editor.quality')} ${template.taskCombination.quality} · ${t('criteria.editor.progress')} ${template.taskCombination.progress}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.leaderWeight')}>{template.leaderUnitWeightPercent}</Descriptions.Item>
        <Descriptions.Item label={t('criteria.editor.generalCriteria')}>
          <List size="small" dataSource={template.generalCriteria} renderItem={(c) => <List.Item key={c.code}>{`${c.label}: ${c.maxPoints}`}</List.Item>} />
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}

function TemplateForm({
  mode,
  template,
  positions,
  onClose,
}: {
  mode: 'new' | 'edit' | 'next';
  template: Template | null;
  positions: Array<{ id: string; name: string }>;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const criteria = Form.useWatch('generalCriteria', form);
  const [, create] = useMutation(CreateCriteriaTemplateMutation);
  const [, update] = useMutation(UpdateCriteriaTemplateMutation);
  const action = useAction({
    form,
    fieldAliases: { 'input.taskCombination.quantity': 'quantity', 'input.taskCombination.quality': 'quality', 'input.taskCombination.progress': 'progress' },
  });
  const sum = sumOf(criteria);
  const initial: Partial<FormValues> = template
    ? {
        code: template.code,
        name: template.name,
        regime: template.regime,
        effectiveFrom: mode === 'next' ? undefined : dayjs(template.effectiveFrom),
        positionIds: template.positionIds ?? undefined,
        ...template.taskCombination,
        leaderUnitWeightPercent: template.leaderUnitWeightPercent,
        generalCriteria: template.generalCriteria.map((c) => ({ code: c.code, label: c.label, maxPoints: c.maxPoints })),
      }
    : {
        regime: 'CONG_CHUC',
        quantity: 1,
        quality: 1,
        progress: 1,
        leaderUnitWeightPercent: 50,
        generalCriteria: [
          { code: 'POLITICAL_QUALITY', label: 'Phẩm chất chính trị', maxPoints: 7.5 },
          { code: 'ETHICS_CONDUCT', label: 'Đạo đức, lối sống, văn hóa thực thi công vụ', maxPoints: 7.5 },
          { code: 'WORKING_STYLE', label: 'Tác phong, lề lối làm việc, tinh thần trách nhiệm', maxPoints: 7.5 },
          { code: 'DISCIPLINE', label: 'Ý thức tổ chức kỷ luật', maxPoints: 7.5 },
        ],
      };
  const required = [{ required: true, message: t('criteria.editor.required') }];

  return (
    <Modal
      open
      width={760}
      title={mode === 'edit' ? t('criteria.editor.editTitle') : t('criteria.editor.createTitle')}
      okText={t('criteria.editor.save')}
      cancelText={t('criteria.editor.cancel')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v) => {
          const numbers = {
            name: v.name,
            effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
            positionIds: v.positionIds?.length ? v.positionIds : null,
            taskCombination: { quantity: v.quantity, quality: v.quality, progress: v.progress },
            leaderUnitWeightPercent: v.leaderUnitWeightPercent,
            generalCriteria: v.generalCriteria.map((c) => ({ code: c.code, label: c.label, maxPoints: c.maxPoints })),
          };
          const ok =
            mode === 'edit' && template
              ? await action.run(() => update({ input: { id: template.id, version: template.version, ...numbers } }), t('criteria.editor.saved'))
              : await action.run(() => create({ input: { code: v.code, regime: v.regime, ...numbers } }), t('criteria.editor.saved'));
          if (ok) onClose(true);
        }}
      >
        <Space wrap align="start">
          <Form.Item name="code" label={t('criteria.editor.code')} rules={required}>
            <Input disabled={mode !== 'new'} maxLength={40} />
          </Form.Item>
          <Form.Item name="regime" label={t('criteria.editor.regime')} rules={required}>
            <Select
              disabled={mode !== 'new'}
              style={{ minWidth: 220 }}
              options={(['CONG_CHUC', 'VIEN_CHUC'] as const).map((r) => ({ value: r, label: t(`criteria.regime.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('criteria.editor.effectiveFrom')} rules={required}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Form.Item name="name" label={t('criteria.editor.name')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="positionIds" label={t('criteria.editor.positions')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            placeholder={t('criteria.editor.allPositions')}
            options={positions.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('criteria.editor.weights')}
        </Typography.Title>
        <Space wrap>
          {(['quantity', 'quality', 'progress'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`criteria.editor.${k}`)} rules={required}>
              <InputNumber min={0} max={100} step={0.5} />
            </Form.Item>
          ))}
          <Form.Item name="leaderUnitWeightPercent" label={t('criteria.editor.leaderWeight')} rules={required}>
            <InputNumber min={0} max={100} step={5} />
          </Form.Item>
        </Space>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('criteria.editor.generalCriteria')}
        </Typography.Title>
        <Form.List name="generalCriteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item name={[field.name, 'code']} label={t('criteria.editor.criterionCode')} rules={required}>
                    <Input maxLength={40} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'label']} label={t('criteria.editor.criterionLabel')} rules={required}>
                    <Input maxLength={200} style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'maxPoints']} label={t('criteria.editor.criterionMax')} rules={required}>
                    <InputNumber min={0} max={30} step={0.5} />
                  </Form.Item>
                  <Button aria-label={`${t('criteria.editor.removeCriterion')} ${i + 1}`} onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                    {t('criteria.editor.removeCriterion')}
                  </Button>
                </Space>
              ))}
              <Space>
                <Button onClick={() => add({ code: '', label: '', maxPoints: 0 })}>{t('criteria.editor.addCriterion')}</Button>
                <Typography.Text type={sum === GENERAL_MAX ? 'success' : 'danger'} role="status">
                  {t('criteria.editor.sum', { sum, max: GENERAL_MAX })}
                </Typography.Text>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
