import { formatDateTime, useLanguage } from '@ketqua/dashboard/ui';
import { Alert, App, Button, Card, Collapse, Empty, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CommitmentTextsQuery } from '../../graphql/commitment-texts.query';
import { PublishCommitmentTextMutation } from '../../graphql/publish-commitment-text.mutation';
import { useAction } from '../../hooks/use-action';

/** The commitment officials accept to enrol: the current version, the earlier ones, and publishing a new one. */
export function CommitmentPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [{ data, fetching }, reload] = useQuery({ query: CommitmentTextsQuery, requestPolicy: 'cache-and-network' });
  const [publishing, setPublishing] = useState(false);
  const versions = data?.commitmentTexts ?? [];
  const [current, ...earlier] = versions;
  const bodyOf = (v: (typeof versions)[number]) => (language === 'en' && v.bodyEn ? v.bodyEn : v.body);

  return (
    <Card
      title={current ? `${t('pilot.commitment.current')}: ${t('pilot.commitment.version', { n: current.version })}` : t('pilot.commitment.current')}
      loading={fetching && !data}
      extra={
        <Button type="primary" onClick={() => setPublishing(true)}>
          {t('pilot.commitment.publish')}
        </Button>
      }
    >
      {!current ? (
        <Empty description={t('pilot.commitment.none')} />
      ) : (
        <>
          <Typography.Title level={4}>{current.title}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('pilot.commitment.publishedAt', { at: formatDateTime(current.publishedAt) })}</Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line' }} data-testid="commitment-body">
            {bodyOf(current)}
          </Typography.Paragraph>
          {earlier.length > 0 && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'history',
                  label: t('pilot.commitment.history'),
                  children: earlier.map((v) => (
                    <div key={v.id} style={{ marginBottom: 12 }}>
                      <Typography.Text strong>
                        {t('pilot.commitment.version', { n: v.version })} · {v.title}
                      </Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line' }}>
                        {bodyOf(v)}
                      </Typography.Paragraph>
                    </div>
                  )),
                },
              ]}
            />
          )}
        </>
      )}
      {publishing && (
        <PublishModal
          initial={current ? { title: current.title, body: current.body, bodyEn: current.bodyEn ?? '' } : undefined}
          onClose={(changed) => {
            setPublishing(false);
            if (changed) reload({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </Card>
  );
}

function PublishModal({ initial, onClose }: { initial?: { title: string; body: string; bodyEn: string }; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ title: string; body: string; bodyEn?: string }>();
  const [, publish] = useMutation(PublishCommitmentTextMutation);
  const action = useAction({ form });
  const { message } = App.useApp();
  return (
    <Modal
      open
      width={760}
      title={t('pilot.commitment.publishTitle')}
      okText={t('pilot.commitment.publish')}
      cancelText={t('pilot.actions.cancel')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Alert type="warning" showIcon message={t('pilot.commitment.notice')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v) => {
          let version = 0;
          const ok = await action.run(async () => {
            const result = await publish({ input: { title: v.title.trim(), body: v.body.trim(), bodyEn: v.bodyEn?.trim() || null } });
            version = result.data?.publishCommitmentText.version ?? 0;
            return result;
          });
          if (ok) {
            void message.success(t('pilot.commitment.published', { n: version }));
            onClose(true);
          }
        }}
      >
        <Form.Item name="title" label={t('pilot.commitment.titleField')} rules={[{ required: true, whitespace: true, message: t('pilot.common.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="body" label={t('pilot.commitment.body')} rules={[{ required: true, whitespace: true, message: t('pilot.common.required') }]}>
          <Input.TextArea rows={10} />
        </Form.Item>
        <Form.Item name="bodyEn" label={t('pilot.commitment.bodyEn')}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
