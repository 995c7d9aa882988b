import type { INestApplication } from '@nestjs/common';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { generateSync } from 'otplib';
import { DEMO_TOTP_SECRETS } from '@ketqua/api/demo';
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '@ketqua/domain';

export type GqlAnswer = { data?: Record<string, unknown>; errors?: unknown[] };

/** The benches' GraphQL client of an API listening in the same process: POST /graphql, with a bearer token when given. */
export function benchClient(app: INestApplication): { url: string; post: (body: unknown, token?: string) => Promise<GqlAnswer> } {
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  const post = async (body: unknown, token?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await res.json()) as GqlAnswer;
  };
  return { url, post };
}

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken mustEnrolSecondFactor } }';
const COMPLETE = 'mutation($input: CompleteSignInInput!) { completeSignIn(input: $input) { accessToken } }';
const BEGIN = 'mutation { beginTotpEnrolment { secret } }';
const CONFIRM = 'mutation($input: SecondFactorCodeInput!) { confirmTotpEnrolment(input: $input) { codes } }';
/** The authenticator secrets the benches enrolled (HR and ADMIN must have one), kept so a later run can sign in again. */
const AUTHENTICATORS = resolve('tmp/bench-authenticators.json');

/**
 * Signs in as the dashboard's people do, for a bearer token: HR and ADMIN need two-factor sign-in,
 * so an account without an authenticator is enrolled on the spot (its secret kept in
 * tmp/bench-authenticators.json), and one with an authenticator gets its code from that file or
 * from the demo's known secrets. The one sign-in every bench uses.
 */
export async function benchSignIn(url: string, email: string, password: string): Promise<string> {
  const call = async (query: string, variables: unknown = {}, token?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, Record<string, unknown>>; errors?: Array<{ extensions?: Record<string, unknown> }> };
  };
  const secrets = (): Record<string, string> => (existsSync(AUTHENTICATORS) ? (JSON.parse(readFileSync(AUTHENTICATORS, 'utf8')) as Record<string, string>) : {});
  const code = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000), period: TOTP_PERIOD_SECONDS, digits: TOTP_DIGITS });
  const login = await call(LOGIN, { input: { email, password } });
  const challenge = login.errors?.[0]?.extensions?.['challengeToken'];
  if (typeof challenge === 'string') {
    const secret = secrets()[email] ?? DEMO_TOTP_SECRETS[email];
    if (!secret) throw new Error(`${email} has an authenticator this bench did not enrol (not in ${AUTHENTICATORS})`);
    const done = await call(COMPLETE, { input: { challengeToken: challenge, code: code(secret) } });
    const token = done.data?.['completeSignIn']?.['accessToken'];
    if (typeof token !== 'string') throw new Error(`second step of ${email} failed: ${JSON.stringify(done.errors)}`);
    return token;
  }
  const token = login.data?.['login']?.['accessToken'];
  if (typeof token !== 'string') throw new Error(`sign-in of ${email} failed: ${JSON.stringify(login.errors)}`);
  if (login.data?.['login']?.['mustEnrolSecondFactor']) {
    const begun = await call(BEGIN, {}, token);
    const secret = begun.data?.['beginTotpEnrolment']?.['secret'];
    if (typeof secret !== 'string') throw new Error(`enrolment of ${email} failed: ${JSON.stringify(begun.errors)}`);
    const confirmed = await call(CONFIRM, { input: { code: code(secret) } }, token);
    if (confirmed.errors) throw new Error(`enrolment of ${email} failed: ${JSON.stringify(confirmed.errors)}`);
    mkdirSync(dirname(AUTHENTICATORS), { recursive: true });
    writeFileSync(AUTHENTICATORS, JSON.stringify({ ...secrets(), [email]: secret }, null, 2));
  }
  return token;
}
