import { Button, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Select, Space, TimePicker } from 'antd';
import { isOpenAssignment } from '@ketqua/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AcceptancePreviewQuery } from '../graphql/acceptance-preview.query';
import { CancelAssignmentMutation } from '../graphql/cancel-assignment.mutation';
import { ExtendDeadlineMutation } from '../graphql/extend-deadline.mutation';
import { RecordObjectiveCauseMutation } from '../graphql/record-objective-cause.mutation';
import { ReviewDeliverableMutation } from '../graphql/review-deliverable.mutation';
import { daysBefore, deadlineInstant, deadlineParts, todayInHcm } from '../hooks/deadline-input';
import { useAction } from '../hooks/use-action';
import { AssignmentFormModal } from './assignment-form-modal';
import { formatDateTime } from '@ketqua/dashboard/ui';

export interface HeadView {
  id: string;
  status: string;
  version: number;
  title: string;
  description: string;
  quantity: number;
  sourceDocument: string | null;
  catalogueItemId: string | null;
  deadline: string;
  unit: { id: string };
  deliverables: Array<{ id: string; versionNo: number; review: { decision: string; majorError: boolean; objectiveCause: unknown } | null }>;
  deadlines: Array<{ id: string; deadline: string; missed: boolean; objectiveCause: unknown }>;
}

type Open = null | 'review' | 'edit' | 'extend' | 'cancel' | 'cause';

/** What the head can do with an assignment in scope: review the latest version, edit, extend, cancel, waive. */
export function HeadActions({ assignment, onChanged }: { assignment: HeadView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const closed = !isOpenAssignment(assignment.status);
  const latest = assignment.deliverables[assignment.deliverables.length - 1];
  const waivable = [
    ...assignment.deliverables
      .filter((d) => d.review?.decision === 'RETURNED' && d.review.majorError && !d.review.objectiveCause)
      .map((d) => ({ value: `d:${d.id}`, label: t('work.form.returnOf', { n: d.versionNo }) })),
    ...assignment.deadlines.filter((d) => d.missed && !d.objectiveCause).map((d) => ({ value: `t:${d.id}`, label: t('work.form.deadlineOf', { at: formatDateTime(d.deadline) }) })),
  ];
  const done = (changed: boolean) => {
    setOpen(null);
    if (changed) onChanged();
  };
  return (
    <Space wrap>
      {assignment.status === 'SUBMITTED' && latest && (
        <Button type="primary" onClick={() => setOpen('review')}>
          {t('work.actions.review')}
        </Button>
      )}
      {!closed && <Button onClick={() => setOpen('edit')}>{t('work.actions.edit')}</Button>}
      {!closed && <Button onClick={() => setOpen('extend')}>{t('work.actions.extend')}</Button>}
      {!closed && (
        <Button danger onClick={() => setOpen('cancel')}>
          {t('work.actions.cancel')}
        </Button>
      )}
      {waivable.length > 0 && <Button onClick={() => setOpen('cause')}>{t('work.actions.objectiveCause')}</Button>}
      {open === 'review' && latest && <ReviewModal assignmentId={assignment.id} deliverable={latest} quantity={assignment.quantity} onClose={done} />}
      {open === 'edit' && <AssignmentFormModal edit={assignment} unitId={assignment.unit.id} onClose={done} onReload={onChanged} />}
      {open === 'extend' && <ExtendModal assignment={assignment} onClose={done} />}
      {open === 'cancel' && <CancelModal assignment={assignment} onClose={done} />}
      {open === 'cause' && <CauseModal assignmentId={assignment.id} options={waivable} onClose={done} />}
    </Space>
  );
}

function ReviewModal({
  assignmentId,
  deliverable,
  quantity,
  onClose,
}: {
  assignmentId: string;
  deliverable: { id: string; versionNo: number };
  quantity: number;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ decision: 'ACCEPTED' | 'RETURNED'; majorError?: boolean; comment?: string; acceptedQuantity?: number }>();
  const decision = Form.useWatch('decision', form);
  const acceptedQuantity = Form.useWatch('acceptedQuantity', form);
  const [, review] = useMutation(ReviewDeliverableMutation);
  const action = useAction({ form });
  return (
    <Modal
      open
      title={t('work.review.title', { n: deliverable.versionNo })}
      okText={t('work.actions.save')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decision: 'ACCEPTED', acceptedQuantity: quantity }}
        onFinish={async (v) => {
          const returning = v.decision === 'RETURNED';
          if (returning && v.majorError === undefined) {
            form.setFields([{ name: 'majorError', errors: [t('work.review.returnKindRequired')] }]);
            return;
          }
          const ok = await action.run(
            () =>
              review({
                input: {
                  deliverableId: deliverable.id,
                  decision: v.decision,
                  majorError: returning && v.majorError === true,
                  comment: v.comment || null,
                  acceptedQuantity: returning ? null : (v.acceptedQuantity ?? null),
                },
              }),
            returning ? t('work.review.returned') : t('work.review.accepted'),
          );
          if (ok) onClose(true);
        }}
      >
        <Form.Item name="decision" label={t('work.review.decision')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'ACCEPTED', label: t('work.actions.accept') },
              { value: 'RETURNED', label: t('work.actions.return') },
            ]}
          />
        </Form.Item>
        {decision === 'RETURNED' ? (
          // Major content error costs 25 quality points; minor changes cost nothing (Decree 335/2025/NĐ-CP).
          <Form.Item name="majorError" label={t('work.review.returnKind')} rules={[{ required: true, message: t('work.review.returnKindRequired') }]}>
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={[
                { value: true, label: t('work.review.majorError') },
                { value: false, label: t('work.review.minorChanges') },
              ]}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="acceptedQuantity" label={t('work.review.acceptedQuantity')}>
              <InputNumber min={0} step={0.5} />
            </Form.Item>
            <AcceptancePreview assignmentId={assignmentId} acceptedQuantity={typeof acceptedQuantity === 'number' ? acceptedQuantity : quantity} />
          </>
        )}
        {/* The rule reads the decision from the form itself, so a quick click on Lưu cannot outrun the re-render. */}
        <Form.Item
          name="comment"
          label={t('work.review.comment')}
          required={decision === 'RETURNED'}
          dependencies={['decision']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                getFieldValue('decision') === 'RETURNED' && !value?.trim() ? Promise.reject(new Error(t('work.review.commentRequired'))) : Promise.resolve(),
            }),
          ]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The three percentages accepting would give, before the head confirms: computed by the API with the
 * same libs/domain scoring that the accepted assignment gets (nothing of the formula lives here).
 */
function AcceptancePreview({ assignmentId, acceptedQuantity }: { assignmentId: string; acceptedQuantity: number }) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: AcceptancePreviewQuery, variables: { id: assignmentId, acceptedQuantity }, requestPolicy: 'network-only' });
  const scores = data?.assignment.scoresIfAccepted;
  return (
    <Descriptions
      size="small"
      bordered
      column={3}
      layout="vertical"
      title={t('work.review.preview')}
      data-testid="accept-preview"
      style={{ marginBottom: 16, opacity: fetching ? 0.6 : 1 }}
    >
      {(['quantity', 'quality', 'progress'] as const).map((k) => (
        <Descriptions.Item key={k} label={t(`work.detail.${k}`)}>
          {scores ? `${scores[k]}%` : '…'}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** The suggested new deadline: two days later, off the weekend (holidays are the API's to move). */
function twoDaysOn(day: Dayjs): Dayjs {
  const later = day.add(2, 'day');
  return later.day() === 6 ? later.add(2, 'day') : later.day() === 0 ? later.add(1, 'day') : later;
}

function ExtendModal({ assignment, onClose }: { assignment: HeadView; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const current = deadlineParts(assignment.deadline);
  const [form] = Form.useForm<{ day: Dayjs; time: Dayjs; reason: string }>();
  const [, extend] = useMutation(ExtendDeadlineMutation);
  const action = useAction({ form, fieldAliases: { deadline: 'day' } });
  return (
    <Modal
      open
      title={t('work.form.extendTitle')}
      okText={t('work.actions.save')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ day: twoDaysOn(current.day), time: dayjs(current.time, 'HH:mm') }}
        onFinish={async (v) => {
          const ok = await action.run(
            () =>
              extend({
                input: {
                  id: assignment.id,
                  version: assignment.version,
                  deadline: deadlineInstant(v.day, v.time.format('HH:mm')),
                  reason: v.reason,
                },
              }),
            t('work.form.saved'),
          );
          if (ok) onClose(true);
        }}
      >
        <Space>
          <Form.Item name="day" label={t('work.fields.newDeadline')} rules={[{ required: true, message: t('work.form.required') }]}>
            {/* The new deadline is later than the current one and in the future. */}
            <DatePicker format="DD/MM/YYYY" disabledDate={daysBefore(current.day.isAfter(todayInHcm()) ? current.day : todayInHcm())} />
          </Form.Item>
          <Form.Item name="time" label={t('work.fields.deadlineTime')}>
            <TimePicker format="HH:mm" minuteStep={15} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('work.fields.reason')} rules={[{ required: true, min: 3, message: t('work.form.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CancelModal({ assignment, onClose }: { assignment: HeadView; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [, cancel] = useMutation(CancelAssignmentMutation);
  const action = useAction({ form });
  return (
    <Modal
      open
      title={t('work.form.cancelTitle')}
      okText={t('work.actions.cancel')}
      okButtonProps={{ danger: true }}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const ok = await action.run(() => cancel({ input: { id: assignment.id, version: assignment.version, reason: v.reason } }), t('work.form.saved'));
          if (ok) onClose(true);
        }}
      >
        <Form.Item name="reason" label={t('work.fields.reason')} rules={[{ required: true, min: 3, message: t('work.form.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CauseModal({ assignmentId, options, onClose }: { assignmentId: string; options: Array<{ value: string; label: string }>; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ target: string; cause: string; confirmedBy: string }>();
  const [, record] = useMutation(RecordObjectiveCauseMutation);
  const action = useAction({ form });
  return (
    <Modal
      open
      title={t('work.form.causeTitle')}
      okText={t('work.actions.save')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ target: options[0]?.value }}
        onFinish={async (v) => {
          const [kind, id] = v.target.split(':');
          const ok = await action.run(
            () =>
              record({
                input: {
                  assignmentId,
                  cause: v.cause,
                  confirmedBy: v.confirmedBy,
                  ...(kind === 'd' ? { deliverableId: id } : { deadlineId: id }),
                },
              }),
            t('work.form.saved'),
          );
          if (ok) onClose(true);
        }}
      >
        <Form.Item name="target" label={t('work.form.causeTarget')}>
          <Select options={options} />
        </Form.Item>
        <Form.Item name="cause" label={t('work.form.cause')} rules={[{ required: true, min: 3, message: t('work.form.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="confirmedBy" label={t('work.form.confirmedBy')} rules={[{ required: true, min: 2, message: t('work.form.required') }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
