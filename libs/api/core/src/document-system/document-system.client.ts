import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ExternalSystemUnavailableError } from '../errors/app-error';
import { AdapterHealth } from '../adapters/adapter-health';

/** One incoming document as the document system sends it (docs/OPERATIONS.md, "Document system"). */
export interface IncomingDocumentPayload {
  id: unknown;
  number: unknown;
  symbol: unknown;
  title: unknown;
  summary?: unknown;
  issuedOn?: unknown;
  dueOn?: unknown;
  agencyCode: unknown;
  unitCode: unknown;
}

const unavailable = (detail: string) =>
  new ExternalSystemUnavailableError(
    'DOCUMENT_SYSTEM_UNAVAILABLE',
    {
      vi: 'Hệ thống quản lý văn bản và điều hành không trả lời; chưa có gì thay đổi. Hãy thử lại sau.',
      en: 'The document management system did not answer; nothing was changed. Try again later.',
    },
    { detail },
  );

/**
 * The document management and operations system adapter (hệ thống quản lý văn bản và điều hành):
 * GET DOCUMENT_SYSTEM_URL with `Authorization: Bearer DOCUMENT_SYSTEM_TOKEN`, answering
 * `{"documents": [...]}`. Off by default. A port in core so the work feature (which turns documents
 * into draft assignments) never speaks HTTP itself; Node's fetch, nothing to install.
 */
@Injectable()
export class DocumentSystemClient {
  private readonly url: string | null;
  private readonly token: string | null;
  private readonly timeoutMs: number;

  constructor(config: AppConfig, health: AdapterHealth) {
    this.url = config.DOCUMENT_SYSTEM_URL ?? null;
    this.token = config.DOCUMENT_SYSTEM_TOKEN ?? null;
    this.timeoutMs = config.DOCUMENT_SYSTEM_TIMEOUT_MS;
    health.register({ adapterName: 'documents', configured: this.url !== null, probe: async () => void (await this.fetchDocuments(2000)) });
  }

  get configured(): boolean {
    return this.url !== null;
  }

  /** The documents the system answers now; ExternalSystemUnavailableError (DOCUMENT_SYSTEM_UNAVAILABLE) when it is down, slow, refuses the token or answers something else. */
  async fetchDocuments(timeoutMs = this.timeoutMs): Promise<IncomingDocumentPayload[]> {
    if (!this.url) throw unavailable('not configured');
    let res: Response;
    try {
      res = await fetch(this.url, {
        headers: { accept: 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw unavailable((error as Error).message);
    }
    if (!res.ok) throw unavailable(`HTTP ${res.status}`);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw unavailable('the answer is not JSON');
    }
    const documents = (body as { documents?: unknown } | null)?.documents;
    if (!Array.isArray(documents)) throw unavailable('the answer has no "documents" array');
    return documents as IncomingDocumentPayload[];
  }
}
