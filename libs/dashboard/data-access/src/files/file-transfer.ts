import type { Client } from '@urql/core';
import type { SessionStore } from '../session/session-store';
import { SESSION_HEADERS } from '../client/auth-config';
import { purposeHeaders } from '../session/stated-purpose';
import { SessionPingQuery } from '../graphql/session-ping.query';

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

/** Lets the auth exchange refresh the session cookie first when the access token is about to expire. */
async function freshSession(client: Client, session: SessionStore): Promise<void> {
  await client.query(SessionPingQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (!session.get()) throw new FileTransferError('', 'NOT_SIGNED_IN');
}

/**
 * Files travel over plain HTTP (POST /files with the file as the body, GET /files/:id), with the
 * same session cookie as GraphQL (the browser sends it), refreshed first when it is about to expire;
 * the upload carries the X-Ketqua-Session header the API's CSRF check requires of every write.
 */
export async function uploadFile(client: Client, session: SessionStore, file: Blob & { name: string }, language: string): Promise<UploadedFile> {
  await freshSession(client, session);
  const res = await fetch(`/files?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...SESSION_HEADERS, 'content-type': 'application/octet-stream', 'accept-language': language },
    body: file,
  });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new FileTransferError(typeof json['message'] === 'string' ? json['message'] : res.statusText, typeof json['reason'] === 'string' ? json['reason'] : null);
  return json as unknown as UploadedFile;
}

/** Downloads by cookie and hands the file to the browser under its own name. */
export async function downloadFile(client: Client, session: SessionStore, file: { url: string; name: string }): Promise<void> {
  await freshSession(client, session);
  const res = await fetch(file.url, { credentials: 'same-origin', headers: { ...SESSION_HEADERS, ...purposeHeaders() } });
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
