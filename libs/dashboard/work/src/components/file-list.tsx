import { PaperClipOutlined } from '@ant-design/icons';
import { downloadFile, useSessionStore } from '@ketqua/dashboard/data-access';
import { App, Button, Space } from 'antd';
import { useClient } from 'urql';

export interface FileLinkView {
  id: string;
  name: string;
  size: number;
  sha256: string;
  url: string;
}

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Files as download buttons (the download carries the access token, so plain links would not do). */
export function FileList({ files }: { files: FileLinkView[] }) {
  const client = useClient();
  const session = useSessionStore();
  const { message } = App.useApp();
  return (
    <Space orientation="vertical" size={0}>
      {files.map((f) => (
        <Button
          key={f.id}
          type="link"
          icon={<PaperClipOutlined />}
          title={`SHA-256 ${f.sha256}`}
          onClick={() => downloadFile(client, session, f).catch((e: Error) => void message.error(e.message))}
          style={{ paddingInline: 0 }}
        >
          {f.name} ({size(f.size)})
        </Button>
      ))}
    </Space>
  );
}
