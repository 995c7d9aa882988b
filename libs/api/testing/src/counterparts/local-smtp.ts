import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as it arrived at the local SMTP server, decoded the way a mail client shows it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** A free TCP port on 127.0.0.1 (nothing listens on it until a server is started there). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const qpBytes = (s: string) => {
  const bytes: number[] = [];
  const clean = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < clean.length; i++) {
    if (clean[i] === '=' && /^[0-9A-F]{2}$/i.test(clean.slice(i + 1, i + 3))) {
      bytes.push(parseInt(clean.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(clean.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
};

const decodeWords = (header: string) =>
  header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : qpBytes(data.replace(/_/g, ' ')),
    );

function parsePart(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

const decodeBody = (part: { headers: Record<string, string>; body: string }) => {
  const encoding = (part.headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return qpBytes(part.body);
  return part.body;
};

/** Subject, text and HTML of a nodemailer message (text/plain, text/html, or multipart/alternative of both). */
export function decodeMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const top = parsePart(raw);
  const mail: ReceivedMail = { ...envelope, subject: decodeWords(top.headers['subject'] ?? ''), text: '', html: '' };
  const boundary = /boundary="?([^";]+)"?/i.exec(top.headers['content-type'] ?? '')?.[1];
  const parts = boundary
    ? top.body
        .split(`--${boundary}`)
        .slice(1)
        .filter((p) => !p.startsWith('--'))
        .map((p) => parsePart(p.replace(/^\r?\n/, '')))
    : [top];
  for (const part of parts) {
    const type = (part.headers['content-type'] ?? '').toLowerCase();
    if (type.startsWith('text/plain')) mail.text = decodeBody(part).trim();
    if (type.startsWith('text/html')) mail.html = decodeBody(part).trim();
  }
  return mail;
}

/**
 * The official e-mail server's stand-in: a real SMTP server (the smtp-server package) on 127.0.0.1,
 * without TLS or authentication, that keeps every mail it accepts.
 */
export class LocalSmtp {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          this.received.push(decodeMail(Buffer.concat(chunks).toString('utf8'), envelope));
          callback();
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
