import { FilePdfOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { downloadFile, problemOf, uploadFile, useSessionStore } from '@ketqua/dashboard/data-access';
import { formatDateTime } from '@ketqua/dashboard/ui';
import { Alert, App, Button, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { SignCommitmentMutation } from '../../graphql/sign-commitment.mutation';

const SIGNABLE = ['PENDING', 'APPROVED', 'SUSPENDED'];

interface Props {
  enrollment: {
    id: string;
    status: string;
    commitmentSignature?: { id: string; signerName: string; signingTime: string } | null;
  };
  /** The official's own enrollment: download to sign and upload the signed file. The head and HR see the status and the files. */
  own: boolean;
  onSigned?: () => void;
}

/**
 * Chữ ký số of the commitment: the status (signed and verified, by whom and when, or not yet), the
 * commitment as a PDF (GET /commitment-signatures/for-signing/:enrollmentId), and for the official the upload of
 * the signed file (POST /files, then signCommitment). A refused signature shows the API's reason
 * as it says it; nothing is stored then. Approval does not wait for it: status only.
 */
export function CommitmentSignatureBlock({ enrollment: e, own, onSigned }: Props) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const session = useSessionStore();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [, sign] = useMutation(SignCommitmentMutation);
  const signature = e.commitmentSignature;
  const get = (url: string, name: string) => void downloadFile(client, session, { url, name }).catch(() => void message.error(t('pilot.commitmentSignature.downloadFailed')));

  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }} data-testid="commitment-signature">
      <Space wrap size={6}>
        <SafetyCertificateOutlined aria-hidden />
        {signature ? (
          <Tag color="green" data-testid="commitment-signature-status">
            {t('pilot.commitmentSignature.verified')}
          </Tag>
        ) : (
          <Tag data-testid="commitment-signature-status">{t('pilot.commitmentSignature.unsigned')}</Tag>
        )}
        {signature && (
          <Typography.Text type="secondary">{t('pilot.commitmentSignature.signedBy', { name: signature.signerName, at: formatDateTime(signature.signingTime) })}</Typography.Text>
        )}
      </Space>
      <Space wrap>
        <Button size="small" icon={<FilePdfOutlined />} onClick={() => get(`/commitment-signatures/for-signing/${encodeURIComponent(e.id)}`, 'ban-cam-ket.pdf')}>
          {t('pilot.commitmentSignature.download')}
        </Button>
        {signature && (
          <Button size="small" icon={<FilePdfOutlined />} onClick={() => get(`/commitment-signatures/${encodeURIComponent(signature.id)}/signed.pdf`, 'ban-cam-ket-da-ky.pdf')}>
            {t('pilot.commitmentSignature.downloadSigned')}
          </Button>
        )}
        {own && !signature && SIGNABLE.includes(e.status) && (
          <Upload
            accept="application/pdf,.pdf"
            showUploadList={false}
            customRequest={async ({ file, onSuccess, onError }) => {
              setBusy(true);
              setProblem(null);
              try {
                const uploaded = await uploadFile(client, session, file as File, i18n.language);
                const res = await sign({ input: { enrollmentId: e.id, fileId: uploaded.id } });
                if (res.error) {
                  setProblem(problemOf(res.error)?.message ?? t('pilot.commitmentSignature.failed'));
                  onError?.(new Error('refused'));
                } else {
                  void message.success(t('pilot.commitmentSignature.accepted'));
                  onSigned?.();
                  onSuccess?.(res.data);
                }
              } catch (error) {
                setProblem((error as Error).message || t('pilot.commitmentSignature.failed'));
                onError?.(error as Error);
              } finally {
                setBusy(false);
              }
            }}
          >
            <Button size="small" type="primary" icon={<UploadOutlined />} loading={busy}>
              {t('pilot.commitmentSignature.upload')}
            </Button>
          </Upload>
        )}
      </Space>
      {own && !signature && SIGNABLE.includes(e.status) && <Typography.Text type="secondary">{t('pilot.commitmentSignature.intro')}</Typography.Text>}
      {problem && <Alert type="error" showIcon message={t('pilot.commitmentSignature.failed')} description={problem} data-testid="commitment-signature-problem" />}
    </Space>
  );
}
