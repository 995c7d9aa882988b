import { ExperimentOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SendTestSpotCheckMutation, TestCheckRecipientsQuery, TestSpotChecksEnabledQuery } from '../../graphql/test-spot-check.mutation';
import { useAction } from '../../hooks/use-action';

/**
 * "Gửi kiểm tra thử" for the administrator and unit heads, outside production only (the API says
 * which): choose an official in scope, who is prompted at once, as `npm run demo:spot-check` does.
 */
export function TestCheckButton({ onSent }: { onSent?: () => void }) {
  const { t } = useTranslation();
  const [enabled] = useQuery({ query: TestSpotChecksEnabledQuery });
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [officialId, setOfficialId] = useState<string | undefined>();
  const [recipients] = useQuery({ query: TestCheckRecipientsQuery, variables: { search: search || undefined }, pause: !open });
  const [, send] = useMutation(SendTestSpotCheckMutation);
  const action = useAction();
  const { modal } = App.useApp();
  if (!enabled.data?.testSpotChecksEnabled) return null;
  const options = recipients.data?.officials.edges.map((e) => ({ value: e.node.id, label: `${e.node.fullName} (${e.node.email})` })) ?? [];

  return (
    <>
      <Button icon={<ExperimentOutlined />} onClick={() => setOpen(true)}>
        {t('pilot.testCheck.button')}
      </Button>
      <Modal
        open={open}
        title={t('pilot.testCheck.title')}
        okText={t('pilot.testCheck.send')}
        cancelText={t('pilot.actions.cancel')}
        okButtonProps={{ disabled: !officialId, loading: action.busy }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        onOk={async () => {
          if (!officialId) return;
          const sent: { name?: string; by?: string } = {};
          const ok = await action.run(async () => {
            const result = await send({ officialId });
            const check = result.data?.sendTestSpotCheck;
            if (check) Object.assign(sent, { name: check.official.fullName, by: dayjs(check.answerBy).tz('Asia/Ho_Chi_Minh').format('HH:mm') });
            return result;
          });
          if (ok) {
            modal.success({ title: t('pilot.testCheck.sent', { name: sent.name ?? '', by: sent.by ?? '' }) });
            setOpen(false);
            setOfficialId(undefined);
            onSent?.();
          }
        }}
      >
        <Typography.Paragraph type="secondary">{t('pilot.testCheck.intro')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('pilot.testCheck.official')} htmlFor="kq-test-check-official">
            <Select<string>
              id="kq-test-check-official"
              showSearch
              filterOption={false}
              placeholder={t('pilot.testCheck.officialPlaceholder')}
              loading={recipients.fetching}
              value={officialId}
              onSearch={setSearch}
              onChange={setOfficialId}
              options={options}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
