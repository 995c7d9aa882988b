import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { downloadFile, problemOf, uploadFile, useSessionStore } from '@ketqua/dashboard/data-access';
import { formatDateTime } from '@ketqua/dashboard/ui';
import { Alert, App, Button, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { RecordSignaturesQuery } from '../../graphql/signatures/record-signatures.query';
import { SignEvaluationRecordMutation } from '../../graphql/signatures/sign-evaluation-record.mutation';

/**
 * Chữ ký số of a published record: download it for signing, upload the signed file (POST /files,
 * then signEvaluationRecord), see the accepted signatures. A refused signature shows the API's
 * reason as it says it (which check failed); nothing is stored then.
 */
export function RecordSignaturePanel({ evaluationId, canSign }: { evaluationId: string; canSign: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const session = useSessionStore();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data }, refetch] = useQuery({ query: RecordSignaturesQuery, variables: { evaluationId } });
  const [, sign] = useMutation(SignEvaluationRecordMutation);
  const signatures = data?.evaluationRecordSignatures ?? [];
  return (
    <section aria-labelledby="kq-signature-title" className="kq-section" data-testid="record-signatures">
      <Typography.Title level={3} id="kq-signature-title">
        <SafetyCertificateOutlined /> {t('sheets.signature.title')}
      </Typography.Title>
      {canSign && (
        <>
          <Typography.Paragraph>{t('sheets.signature.intro')}</Typography.Paragraph>
          <Space wrap>
            <Button
              icon={<FilePdfOutlined />}
              onClick={() =>
                void downloadFile(client, session, { url: `/evaluation-signatures/for-signing/${encodeURIComponent(evaluationId)}`, name: 'phieu-danh-gia-de-ky.pdf' }).catch(
                  () => void message.error(t('sheets.download.failed')),
                )
              }
            >
              {t('sheets.signature.download')}
            </Button>
            <Upload
              accept="application/pdf,.pdf"
              showUploadList={false}
              customRequest={async ({ file, onSuccess, onError }) => {
                setBusy(true);
                setProblem(null);
                try {
                  const uploaded = await uploadFile(client, session, file as File, i18n.language);
                  const res = await sign({ input: { evaluationId, fileId: uploaded.id } });
                  if (res.error) {
                    setProblem(problemOf(res.error)?.message ?? t('sheets.signature.failed'));
                    onError?.(new Error('refused'));
                  } else {
                    void message.success(t('sheets.signature.accepted'));
                    refetch({ requestPolicy: 'network-only' });
                    onSuccess?.(res.data);
                  }
                } catch (error) {
                  setProblem((error as Error).message || t('sheets.signature.failed'));
                  onError?.(error as Error);
                } finally {
                  setBusy(false);
                }
              }}
            >
              <Button type="primary" loading={busy}>
                {t('sheets.signature.upload')}
              </Button>
            </Upload>
          </Space>
        </>
      )}
      {problem && <Alert style={{ marginTop: 12 }} type="error" showIcon message={t('sheets.signature.failed')} description={problem} data-testid="signature-problem" />}
      {signatures.length ? (
        <Table
          style={{ marginTop: 12 }}
          rowKey="id"
          size="small"
          pagination={false}
          caption={t('sheets.signature.title')}
          dataSource={signatures}
          columns={[
            { key: 'role', title: t('sheets.signature.role'), render: (_, s) => t(`sheets.signature.capacity.${s.capacity}`) },
            { key: 'signer', title: t('sheets.signature.signer'), dataIndex: 'signerName' },
            { key: 'issuer', title: t('sheets.signature.issuer'), dataIndex: 'issuerName' },
            { key: 'at', title: t('sheets.signature.signingTime'), render: (_, s) => formatDateTime(s.signingTime) },
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('sheets.signature.none')}</Typography.Paragraph>
      )}
    </section>
  );
}
