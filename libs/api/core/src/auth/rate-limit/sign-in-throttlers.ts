import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { normalizeIp, ThrottlerModuleOptions } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../time/clock';
import { PgThrottlerStorage } from './pg-throttler.storage';
import { cookiesOf, REFRESH_COOKIE } from '../session-cookies';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const isRefresh = (context: ExecutionContext) => context.getHandler().name === 'refreshSession';
const isSecondStep = (context: ExecutionContext) => context.getHandler().name === 'completeSignIn';
const args = (context: ExecutionContext) => GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown; refreshToken?: unknown; challengeToken?: unknown } }>();

/**
 * Two limits on `login` and `refreshSession`: per IP address and per account. The account of a
 * login is its e-mail as typed (known or not, so the answer tells nothing about existence); of a
 * refresh, the owner of the session the token belongs to (or the token itself when none).
 */
export function signInThrottlers(config: AppConfig, dataSource: DataSource, clock: Clock): ThrottlerModuleOptions {
  const ttl = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
  return {
    storage: new PgThrottlerStorage(dataSource, () => clock.now()),
    setHeaders: false,
    throttlers: [
      {
        name: 'ip',
        ttl,
        limit: (context) => (isRefresh(context) ? config.REFRESH_RATE_LIMIT_PER_IP : config.LOGIN_RATE_LIMIT_PER_IP),
        getTracker: (req) => normalizeIp(String((req as { ip?: string }).ip ?? 'unknown')),
      },
      {
        name: 'account',
        ttl,
        limit: (context) => (isRefresh(context) ? config.REFRESH_RATE_LIMIT_PER_ACCOUNT : config.LOGIN_RATE_LIMIT_PER_ACCOUNT),
        getTracker: async (req, context) => {
          const input = args(context).input ?? {};
          // The second step's challenge belongs to one password sign-in; wrong codes also count on the account (AuthService).
          if (isSecondStep(context)) return `challenge:${sha256(String(input.challengeToken ?? ''))}`;
          if (!isRefresh(context))
            return `email:${String(input.email ?? '')
              .trim()
              .toLowerCase()}`;
          // A browser's refresh token is its cookie (refreshSession reads it the same way).
          const cookie = cookiesOf((req as { headers?: Parameters<typeof cookiesOf>[0] }).headers ?? {})[REFRESH_COOKIE];
          const tokenHash = sha256(String(input.refreshToken ?? cookie ?? ''));
          const rows = (await dataSource.query(`SELECT user_id FROM session WHERE refresh_token_hash = $1`, [tokenHash])) as Array<{ user_id: string }>;
          return rows.length ? `user:${rows[0].user_id}` : `token:${tokenHash}`;
        },
      },
    ],
  };
}
