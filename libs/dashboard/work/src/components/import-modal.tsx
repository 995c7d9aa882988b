import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ImportAssignmentsMutation } from '../graphql/import-assignments.mutation';
import { useAction } from '../hooks/use-action';

/** CSV from the document system: all or nothing; every bad line listed with its number. */
export function ImportModal({ onClose }: { onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [, run] = useMutation(ImportAssignmentsMutation);
  const action = useAction();
  const { message } = App.useApp();
  return (
    <Modal
      open
      width={720}
      title={t('work.import.title')}
      okText={t('work.import.run')}
      cancelText={t('work.actions.close')}
      okButtonProps={{ disabled: !csv }}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={async () => {
        if (!csv) return;
        let created = 0;
        const ok = await action.run(async () => {
          const result = await run({ input: { csv: csv.text } });
          created = result.data?.importAssignments.created ?? 0;
          return result;
        });
        if (ok) {
          void message.success(t('work.import.done', { count: created }), 6);
          onClose(true);
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('work.import.help')}</Typography.Paragraph>
      <Upload
        accept=".csv,text/csv"
        maxCount={1}
        showUploadList={false}
        beforeUpload={async (file) => {
          setCsv({ name: file.name, text: await file.text() });
          action.clear();
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{t('work.import.pick')}</Button>
      </Upload>
      {csv && <Typography.Text style={{ marginInlineStart: 12 }}>{csv.name}</Typography.Text>}
      {action.problem && action.problem.fields.length > 0 && (
        <Alert
          type="error"
          style={{ marginTop: 16 }}
          title={t('work.import.errors')}
          description={<List size="small" dataSource={action.problem.fields} renderItem={(f) => <List.Item>{f.message}</List.Item>} />}
        />
      )}
    </Modal>
  );
}
