import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { tooManyRequests } from '../auth.errors';

/**
 * @nestjs/throttler for the sign-in mutations (`login`, `refreshSession`), which the global guard
 * lets through unauthenticated. Limits and trackers (per IP, per account) are set in
 * signInThrottlers(); going over one answers TOO_MANY_REQUESTS with retryAfterSeconds, which the
 * rate-limit plugin turns into HTTP 429 with a Retry-After header.
 */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() !== 'graphql') return super.getRequestResponse(context);
    const ctx = GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown>; res: Record<string, unknown> }>();
    return { req: ctx.req, res: ctx.res ?? {} };
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw tooManyRequests(Math.max(1, detail.timeToBlockExpire));
  }
}
