import { problemOf } from '@ketqua/dashboard/data-access';
import { App, Button, DatePicker, Modal, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmIncomingDocumentMutation, DismissIncomingDocumentMutation } from '../graphql/decide-incoming-document.mutation';
import { IncomingDocumentsQuery } from '../graphql/incoming-documents.query';
import { PullIncomingDocumentsMutation } from '../graphql/pull-incoming-documents.mutation';
import { daysBefore, deadlineInstant, todayInHcm } from '../hooks/deadline-input';
import { useTeamScope } from '../hooks/use-team-scope';

/**
 * Văn bản đến: the drafts the document system sent for the head's units. The head picks the
 * officials and the deadline and confirms (assignments with the document's số/ký hiệu), or dismisses;
 * "Lấy văn bản mới" pulls now (the API also pulls on a schedule). Refusals show the API's message.
 */
export function IncomingDocumentsModal({ onClose }: { onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scope = useTeamScope();
  const [{ data, fetching }, reload] = useQuery({ query: IncomingDocumentsQuery, requestPolicy: 'network-only' });
  const [pullState, pull] = useMutation(PullIncomingDocumentsMutation);
  const [, confirm] = useMutation(ConfirmIncomingDocumentMutation);
  const [, dismiss] = useMutation(DismissIncomingDocumentMutation);
  const [choice, setChoice] = useState<Record<string, { assigneeIds: string[]; day: Dayjs | null }>>({});
  const [changed, setChanged] = useState(false);
  const docs = data?.incomingDocuments ?? [];
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const fail = (error: Parameters<typeof problemOf>[0]) => void message.error(problemOf(error)?.message ?? t('work.incoming.failed'), 8);
  return (
    <Modal
      open
      title={t('work.incoming.title')}
      width={1000}
      onCancel={() => onClose(changed)}
      footer={<Button onClick={() => onClose(changed)}>{t('work.incoming.close')}</Button>}
    >
      <Typography.Paragraph>{t('work.incoming.intro')}</Typography.Paragraph>
      <Button
        loading={pullState.fetching}
        onClick={async () => {
          const res = await pull({});
          if (res.error) return fail(res.error);
          const r = res.data?.pullIncomingDocuments;
          void message.success(t('work.incoming.pulled', { created: r?.created ?? 0, known: r?.alreadyKnown ?? 0, skipped: r?.skipped.length ?? 0 }));
          refresh();
        }}
      >
        {t('work.incoming.pull')}
      </Button>
      <Table
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        caption={t('work.incoming.title')}
        locale={{ emptyText: t('work.incoming.empty') }}
        dataSource={docs}
        columns={[
          { key: 'doc', title: t('work.incoming.document'), render: (_, d) => <code>{d.sourceDocument}</code> },
          { key: 'title', title: t('work.fields.title'), render: (_, d) => d.title },
          { key: 'due', title: t('work.incoming.due'), render: (_, d) => (d.dueOn ? dayjs(d.dueOn).format('DD/MM/YYYY') : '—') },
          {
            key: 'assignees',
            title: t('work.fields.assignees'),
            render: (_, d) => (
              <Select
                mode="multiple"
                aria-label={`${t('work.fields.assignees')} — ${d.sourceDocument}`}
                style={{ minWidth: 200 }}
                optionFilterProp="label"
                options={scope.officials.filter((o) => o.unitId === d.unitId).map((o) => ({ value: o.id, label: o.fullName }))}
                value={choice[d.id]?.assigneeIds ?? []}
                onChange={(assigneeIds: string[]) => setChoice((c) => ({ ...c, [d.id]: { day: c[d.id]?.day ?? (d.dueOn ? dayjs(d.dueOn) : null), assigneeIds } }))}
              />
            ),
          },
          {
            key: 'day',
            title: t('work.fields.deadlineDay'),
            render: (_, d) => (
              <DatePicker
                aria-label={`${t('work.fields.deadlineDay')} — ${d.sourceDocument}`}
                format="DD/MM/YYYY"
                disabledDate={daysBefore(todayInHcm())}
                value={choice[d.id]?.day ?? (d.dueOn ? dayjs(d.dueOn) : null)}
                onChange={(day) => setChoice((c) => ({ ...c, [d.id]: { assigneeIds: c[d.id]?.assigneeIds ?? [], day } }))}
              />
            ),
          },
          {
            key: 'actions',
            render: (_, d) => {
              const picked = choice[d.id];
              const day = picked?.day ?? (d.dueOn ? dayjs(d.dueOn) : null);
              return (
                <Space>
                  <Button
                    type="primary"
                    size="small"
                    disabled={!picked?.assigneeIds.length || !day}
                    onClick={async () => {
                      if (!picked?.assigneeIds.length || !day) return;
                      const res = await confirm({ input: { id: d.id, version: d.version, assigneeIds: picked.assigneeIds, deadline: deadlineInstant(day), quantity: 1 } });
                      if (res.error) return fail(res.error);
                      void message.success(t('work.incoming.confirmed', { doc: d.sourceDocument }));
                      setChanged(true);
                      refresh();
                    }}
                  >
                    {t('work.incoming.confirm')}
                  </Button>
                  <Button
                    size="small"
                    onClick={async () => {
                      const res = await dismiss({ input: { id: d.id, version: d.version } });
                      if (res.error) return fail(res.error);
                      refresh();
                    }}
                  >
                    {t('work.incoming.dismiss')}
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
    </Modal>
  );
}
