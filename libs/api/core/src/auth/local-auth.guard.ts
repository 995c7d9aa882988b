import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError } from '../errors/app-error';
import { fieldProblems, validationFailed } from '../errors/validation';
import { invalidCredentials } from './auth.errors';
import { LoginInput } from './dto/login.input';

/**
 * Runs passport-local for the `login` mutation: the GraphQL input becomes the request body
 * passport reads. The input is validated first so a malformed email is BAD_USER_INPUT,
 * not a failed sign-in.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context);
    const req = ctx.getContext().req;
    req.body = ctx.getArgs().input;
    return req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const input = plainToInstance(LoginInput, GqlExecutionContext.create(context).getArgs().input ?? {});
    const errors = await validate(input);
    if (errors.length) throw validationFailed(fieldProblems(errors, 'input'));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof AppError) throw err;
    if (err || !user) throw invalidCredentials();
    return user;
  }
}
