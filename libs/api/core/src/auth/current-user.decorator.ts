import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthUser } from './auth-user';
import { UnauthenticatedError } from '../errors/app-error';

export function requestOf(context: ExecutionContext): { user?: AuthUser; headers: Record<string, string | string[] | undefined>; ip?: string; body?: unknown } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The signed-in user of this request; the guard has already refused anonymous calls. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new UnauthenticatedError('NOT_SIGNED_IN', { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' });
  return user;
});
