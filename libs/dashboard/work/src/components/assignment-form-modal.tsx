import type { UploadedFile } from '@ketqua/dashboard/data-access';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsState } from '@ketqua/dashboard/ui';
import { useMutation } from 'urql';
import { CreateAssignmentMutation } from '../graphql/create-assignment.mutation';
import { UpdateAssignmentMutation } from '../graphql/update-assignment.mutation';
import { daysBefore, deadlineInstant, todayInHcm } from '../hooks/deadline-input';
import { useAction } from '../hooks/use-action';
import { useCatalogue, useTeamScope } from '../hooks/use-team-scope';
import { weightPreview } from '../hooks/weight-preview';
import { UploadField } from './upload-field';

interface Values {
  unitId: string;
  assigneeIds: string[];
  title: string;
  description?: string;
  catalogueItemId?: string;
  quantity: number;
  day: Dayjs;
  time: Dayjs;
  sourceDocument?: string;
}

interface Editing {
  id: string;
  version: number;
  title: string;
  description: string;
  quantity: number;
  sourceDocument: string | null;
  catalogueItemId: string | null;
}

/**
 * Giao việc (several officials at once) or edit one assignment (deadline changes go through Gia hạn).
 * When someone else saved the assignment first (CONFLICT), the form keeps what was typed and offers
 * to load their version; saving again then applies these edits on top of it.
 */
export function AssignmentFormModal({ unitId, edit, onClose, onReload }: { unitId: string; edit?: Editing; onClose: (changed: boolean) => void; onReload?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const scope = useTeamScope();
  const chosenUnit = Form.useWatch('unitId', form) ?? unitId;
  const catalogue = useCatalogue(chosenUnit);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [, create] = useMutation(CreateAssignmentMutation);
  const [, update] = useMutation(UpdateAssignmentMutation);
  const action = useAction({ form, fieldAliases: { deadline: 'day' } });
  const chosenItemId = Form.useWatch('catalogueItemId', form);
  const chosenItem = catalogue.items.find((i) => i.id === chosenItemId);
  const quantity = Form.useWatch('quantity', form);
  const coefficient = chosenItem?.coefficient ?? 1;
  const conflict = action.problem?.code === 'CONFLICT' && action.problem.reason === 'STALE_VERSION';

  // An edit sends only the fields this user changed, so saving after a conflict (on the latest
  // version) keeps what the other person changed in the other fields.
  const changed = (name: keyof Values) => form.isFieldTouched(name);
  const submit = async (v: Values) => {
    if (edit && !(['title', 'description', 'quantity', 'sourceDocument', 'catalogueItemId'] as const).some(changed)) return onClose(false);
    const ok = edit
      ? await action.run(
          () =>
            update({
              input: {
                id: edit.id,
                version: edit.version,
                ...(changed('title') ? { title: v.title } : {}),
                ...(changed('description') ? { description: v.description ?? '' } : {}),
                ...(changed('quantity') ? { quantity: v.quantity } : {}),
                ...(changed('sourceDocument') ? { sourceDocument: v.sourceDocument ?? '' } : {}),
                ...(changed('catalogueItemId') && v.catalogueItemId ? { catalogueItemId: v.catalogueItemId } : {}),
              },
            }),
          t('work.form.saved'),
        )
      : await action.run(
          () =>
            create({
              input: {
                assigneeIds: v.assigneeIds,
                title: v.title,
                description: v.description ?? '',
                catalogueItemId: v.catalogueItemId ?? null,
                quantity: v.quantity,
                deadline: deadlineInstant(v.day, v.time.format('HH:mm')),
                sourceDocument: v.sourceDocument || null,
                attachmentIds: files.map((f) => f.id),
              },
            }),
          t('work.form.created', { count: v.assigneeIds.length }),
        );
    if (ok) onClose(true);
  };

  return (
    <Modal
      open
      width={720}
      title={edit ? t('work.form.editTitle') : t('work.form.createTitle')}
      okText={t('work.actions.save')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={action.problem?.message}
          action={
            onReload && (
              <Button
                size="small"
                onClick={() => {
                  action.clear();
                  onReload();
                }}
              >
                {t('work.form.loadLatest')}
              </Button>
            )
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          edit
            ? {
                unitId,
                title: edit.title,
                description: edit.description,
                quantity: edit.quantity,
                sourceDocument: edit.sourceDocument ?? '',
                catalogueItemId: edit.catalogueItemId ?? undefined,
              }
            : { unitId, quantity: 1, day: dayjs().add(3, 'day'), time: dayjs('17:00', 'HH:mm') }
        }
      >
        {!edit && (
          <>
            <Form.Item name="unitId" label={t('work.fields.unit')}>
              <Select options={scope.units.map((u) => ({ value: u.id, label: u.name }))} {...optionsState(scope.fetching)} />
            </Form.Item>
            <Form.Item name="assigneeIds" label={t('work.fields.assignees')} rules={[{ required: true, message: t('work.form.required') }]}>
              <Select mode="multiple" optionFilterProp="label" {...optionsState(scope.fetching)} options={scope.officials.map((o) => ({ value: o.id, label: o.fullName }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="title" label={t('work.fields.title')} rules={[{ required: true, min: 3, message: t('work.form.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('work.fields.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="catalogueItemId" label={t('work.fields.catalogueItem')} style={{ minWidth: 320 }}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              {...optionsState(catalogue.fetching)}
              placeholder={t('work.fields.noCatalogueItem')}
              options={catalogue.items.map((i) => ({ value: i.id, label: `${i.code} · ${i.name} (${i.unitOfMeasure}, ×${i.coefficient})` }))}
            />
          </Form.Item>
          <Form.Item name="quantity" label={t('work.fields.quantity')} rules={[{ required: true, message: t('work.form.required') }]}>
            <InputNumber min={0.01} step={1} />
          </Form.Item>
          <Form.Item label={t('work.fields.weight')}>
            <Typography.Text data-testid="weight-preview" style={{ lineHeight: '32px' }}>
              {weightPreview(quantity, coefficient)}
            </Typography.Text>
          </Form.Item>
        </Space>
        {!edit && (
          <Space wrap>
            <Form.Item name="day" label={t('work.fields.deadlineDay')} rules={[{ required: true, message: t('work.form.required') }]}>
              {/* A deadline is in the future: past days cannot be picked. */}
              <DatePicker format="DD/MM/YYYY" disabledDate={daysBefore(todayInHcm())} />
            </Form.Item>
            <Form.Item name="time" label={t('work.fields.deadlineTime')}>
              <TimePicker format="HH:mm" minuteStep={15} />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="sourceDocument" label={t('work.fields.sourceDocument')}>
          <Input maxLength={100} placeholder="125/SNV-CCVC" />
        </Form.Item>
        {!edit && (
          <Form.Item label={t('work.fields.attachments')}>
            <UploadField onChange={setFiles} label={t('work.fields.attachments')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
