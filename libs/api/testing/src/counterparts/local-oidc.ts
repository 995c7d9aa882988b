import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The local OpenID provider (local-oidc-provider.mjs) in its own Node process. */
export class LocalOidcProvider {
  private child: ChildProcess | null = null;
  readonly issuer: string;

  constructor(
    readonly port: number,
    readonly redirectUri: string,
    readonly accounts: Record<string, Record<string, unknown>>,
  ) {
    this.issuer = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [join(__dirname, 'local-oidc-provider.mjs'), String(this.port), this.redirectUri, JSON.stringify(this.accounts)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let errors = '';
    child.stderr?.on('data', (c: Buffer) => (errors += c.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (c: Buffer) => c.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`the OpenID provider exited (${code}): ${errors}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/**
 * A plain HTTP client that behaves like a browser for the sign-in: follows redirects, keeps
 * cookies per host, and submits the provider's forms (the login form with a login name, the
 * consent form as it is). Stops at the first redirect to `stopAt` (our redirect URI) and returns it.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, stopAt: string): Promise<string> {
  const jar = new Map<string, Map<string, string>>();
  const cookieHeader = (url: URL) => [...(jar.get(url.host) ?? new Map<string, string>()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (url: URL, res: Response) => {
    const cookies = jar.get(url.host) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    jar.set(url.host, cookies);
  };
  let next: { url: URL; method: 'GET' | 'POST'; body?: string } = { url: new URL(authorizationUrl), method: 'GET' };
  for (let step = 0; step < 20; step++) {
    const res = await fetch(next.url, {
      method: next.method,
      redirect: 'manual',
      headers: { cookie: cookieHeader(next.url), ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: next.body,
    });
    keep(next.url, res);
    const location = res.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.href.startsWith(stopAt)) return target.href;
      next = { url: target, method: 'GET' };
      continue;
    }
    const html = await res.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
    if (!form) throw new Error(`the provider answered ${res.status} without a form or redirect: ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const input of form[2].matchAll(/<input[^>]*>/gi)) {
      const name = /name="([^"]+)"/.exec(input[0])?.[1];
      if (!name) continue;
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
      fields.set(name, name === 'login' ? login : name === 'password' ? 'any-password' : value);
    }
    next = { url: new URL(form[1].replace(/&amp;/g, '&'), next.url), method: 'POST', body: fields.toString() };
  }
  throw new Error('the sign-in at the provider did not come back within 20 steps');
}
