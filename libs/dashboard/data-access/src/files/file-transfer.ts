import type { Client } from '@urql/core';
import { graphql } from '../gql';
import type { SessionStore } from '../session/session-store';

/** Any cheap query: sending it lets the auth exchange refresh an access token about to expire. */
const PingQuery = graphql(`
  query SessionPing {
    unreadNotificationCount
  }
`);

export interface UploadedFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export class FileTransferError extends Error {
  constructor(
    message: string,
    readonly reason: string | null,
  ) {
    super(message);
  }
}

async function freshToken(client: Client, session: SessionStore): Promise<string> {
  await client.query(PingQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  const token = session.get()?.accessToken;
  if (!token) throw new FileTransferError('', 'NOT_SIGNED_IN');
  return token;
}

/**
 * Files travel over plain HTTP (POST /files with the file as the body, GET /files/:id), with the
 * same bearer token as GraphQL, refreshed first when it is about to expire.
 */
export async function uploadFile(client: Client, session: SessionStore, file: Blob & { name: string }, language: string): Promise<UploadedFile> {
  const token = await freshToken(client, session);
  const res = await fetch(`/files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'accept-language': language },
    body: file,
  });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new FileTransferError(typeof json['message'] === 'string' ? json['message'] : res.statusText, typeof json['reason'] === 'string' ? json['reason'] : null);
  return json as unknown as UploadedFile;
}

/** Downloads with the token and hands the file to the browser under its own name. */
export async function downloadFile(client: Client, session: SessionStore, file: { url: string; name: string }): Promise<void> {
  const token = await freshToken(client, session);
  const res = await fetch(file.url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new FileTransferError(res.statusText, null);
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
