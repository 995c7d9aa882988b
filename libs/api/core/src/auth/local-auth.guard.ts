import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../errors/app-error';
import { AppValidationPipe } from '../errors/validation';
import { invalidCredentials } from './auth.errors';
import { LoginInput } from './dto/login.input';

/**
 * Runs passport-local for the `login` mutation: the GraphQL input becomes the request body
 * passport reads. The input is validated first so a malformed email is BAD_USER_INPUT,
 * not a failed sign-in.
 */
const LOGIN_PIPE = new AppValidationPipe();

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context);
    const req = ctx.getContext().req;
    req.body = ctx.getArgs().input;
    return req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Guards run before pipes: the one validation pipe checks (and normalises) the input here.
    const args = GqlExecutionContext.create(context).getArgs<{ input?: unknown }>();
    args.input = await LOGIN_PIPE.transform(args.input ?? {}, { type: 'body', metatype: LoginInput, data: 'input' });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof AppError) throw err;
    if (err || !user) throw invalidCredentials();
    return user;
  }
}
