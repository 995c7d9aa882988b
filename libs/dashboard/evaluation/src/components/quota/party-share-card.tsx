import { Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemOf } from '@ketqua/dashboard/data-access';
import { formatDateTime, useLanguage, useMutationAction } from '@ketqua/dashboard/ui';
import { PartyMemberSharesQuery } from '../../graphql/quota/party-member-shares.query';
import { SetPartyMemberShareMutation } from '../../graphql/quota/set-party-member-share.mutation';

interface Values {
  percent: number;
}

/**
 * Tỷ lệ đảng viên xuất sắc (Decree 48/2023): the share of the agency's Party members graded
 * excellent in the year, which caps its viên chức. HR (and ADMIN) enter or change it here; an
 * inspector reads it. The API decides the scope and keeps the version.
 */
export function PartyShareCard({ agencyId, year, canEdit, onSaved }: { agencyId: string; year: number; canEdit: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [shares, reload] = useQuery({ query: PartyMemberSharesQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  const share = shares.data?.partyMemberExcellentShares.find((s) => s.agencyId === agencyId) ?? null;
  const [form] = Form.useForm<Values>();
  const [, save] = useMutation(SetPartyMemberShareMutation);
  const action = useMutationAction(problemOf, 8, { form });
  useEffect(() => {
    form.setFieldsValue({ percent: share?.percent ?? undefined });
  }, [form, share?.percent, share?.version]);
  const submit = async ({ percent }: Values) => {
    const done = await action.run(() => save({ input: { agencyId, year, percent, version: share?.version ?? null } }), t('quota.partyShare.saved'));
    if (done) {
      reload({ requestPolicy: 'network-only' });
      onSaved();
    }
  };
  const entered = share
    ? t('quota.partyShare.entered', {
        percent: share.percent.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }),
        at: formatDateTime(share.updatedAt),
      })
    : t('quota.partyShare.none');
  return (
    <Card title={t('quota.partyShare.title', { year })} data-testid="party-share-card">
      <Typography.Paragraph type="secondary">{t('quota.partyShare.hint')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="party-share-current">{entered}</Typography.Paragraph>
      {canEdit && (
        <Form form={form} layout="inline" onFinish={submit}>
          <Form.Item name="percent" label={t('quota.partyShare.percent')} rules={[{ required: true, message: t('quota.partyShare.required') }]}>
            <InputNumber min={0} max={100} step={0.01} precision={2} decimalSeparator={language === 'vi' ? ',' : '.'} addonAfter="%" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={action.busy}>
                {share ? t('quota.partyShare.change') : t('quota.partyShare.enter')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}
