import { UploadOutlined } from '@ant-design/icons';
import { uploadFile, useSessionStore, type UploadedFile } from '@ketqua/dashboard/data-access';
import { useLanguage } from '@ketqua/dashboard/ui';
import { App, Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';

/**
 * Picks files and uploads each at once to POST /files (the API checks type by content, 25 MB cap);
 * reports the uploaded ids, and whether an upload is still running (the form waits for it). A
 * refused file shows the API's reason and is left out.
 */
export function UploadField({ onChange, onUploading, label }: { onChange: (files: UploadedFile[]) => void; onUploading?: (busy: boolean) => void; label: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const session = useSessionStore();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [list, setList] = useState<Array<UploadFile & { uploaded?: UploadedFile }>>([]);
  const running = useRef(0);
  const track = (delta: number) => {
    running.current += delta;
    onUploading?.(running.current > 0);
  };

  const update = (next: typeof list) => {
    setList(next);
    onChange(next.flatMap((f) => (f.uploaded ? [f.uploaded] : [])));
  };

  return (
    <Upload
      multiple
      fileList={list}
      customRequest={async ({ file, onSuccess, onError }) => {
        const picked = file as File & { uid: string };
        track(1);
        try {
          const uploaded = await uploadFile(client, session, picked, language);
          setList((current) => {
            const next = current.map((f) => (f.uid === picked.uid ? { ...f, status: 'done' as const, uploaded } : f));
            onChange(next.flatMap((f) => (f.uploaded ? [f.uploaded] : [])));
            return next;
          });
          onSuccess?.(uploaded);
        } catch (error) {
          void message.error((error as Error).message, 8);
          setList((current) => current.filter((f) => f.uid !== picked.uid));
          onError?.(error as Error);
        } finally {
          track(-1);
        }
      }}
      onChange={({ fileList }) => setList((current) => fileList.map((f) => ({ ...f, uploaded: current.find((c) => c.uid === f.uid)?.uploaded })))}
      onRemove={(file) => update(list.filter((f) => f.uid !== file.uid))}
    >
      {/* The name starts with the visible text (WCAG 2.5.3), then says which files the form asks for. */}
      <Button icon={<UploadOutlined />} aria-label={`${t('work.submit.pick')}: ${label}`}>
        {t('work.submit.pick')}
      </Button>
    </Upload>
  );
}
