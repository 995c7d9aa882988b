import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { Role } from '../org-model/org.enums';
import { isDatabaseUnavailable } from '../database/helpers/pg-errors';
import { AppError, ForbiddenError, ServiceUnavailableError } from '../errors/app-error';
import { PURPOSE_HEADER, statedPurpose } from '../personal-data/stated-purpose';
import { AuthUser } from './auth-user';
import { notSignedIn, tokenExpired, tokenInvalid } from './auth.errors';
import { requestOf } from './current-user.decorator';
import { enrolmentRequired } from './second-factor/second-factor.errors';
import { EXEMPTION_KEY, Exemptions, Permission, PERMISSION_KEY } from './permissions.decorator';

/** Roles that look but never change anything (PRODUCT.md 1: the inspector is read-only). */
const READ_ONLY_ROLES: ReadonlySet<Role> = new Set([Role.INSPECTOR]);

/**
 * The one global guard (deny by default): an operation without a declared permission is refused,
 * a non-public one needs a valid access token of an open session, and the caller's role must be
 * among those the operation allows. Two rules hold whatever an operation declares: a temporary
 * password opens only `me`, `changePassword` and `logout`, an HR or ADMIN account without an
 * authenticator only those and its enrolment, and a read-only role makes no write
 * (GraphQL mutation or HTTP POST/PUT/PATCH/DELETE). Row-level scope is AccessService's job.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  /**
   * The sign-in check in flight per request: GraphQL runs a query's top-level fields in parallel and
   * the guard runs once per field, so without this each field looked the session up (and got its own
   * AuthUser, hence its own scope query) before the first had set `req.user`.
   */
  private readonly authenticating = new WeakMap<object, Promise<unknown>>();

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [context.getHandler(), context.getClass()]);
    if (!permission) {
      throw new ForbiddenError('NO_PERMISSION_DECLARED', {
        vi: 'Thao tác này chưa được khai báo quyền nên bị từ chối.',
        en: 'This operation declares no permission, so it is refused.',
      });
    }
    if (permission.kind === 'public') return true;
    // Subscriptions authenticate once at connection_init; HTTP requests carry a bearer token.
    const request = requestOf(context);
    if (!request.user) {
      let pending = this.authenticating.get(request);
      if (!pending) {
        pending = Promise.resolve(super.canActivate(context));
        this.authenticating.set(request, pending);
      }
      await pending;
    }
    const user = requestOf(context).user as AuthUser;
    if (!permission.roles.includes(user.role)) {
      throw new ForbiddenError('ROLE_NOT_ALLOWED', {
        vi: 'Vai trò của bạn không được phép thực hiện thao tác này.',
        en: 'Your role is not allowed to do this.',
      });
    }
    const exempt = this.reflector.getAllAndOverride<Exemptions | undefined>(EXEMPTION_KEY, [context.getHandler(), context.getClass()]) ?? {};
    if (user.mustChangePassword && !exempt.passwordChange) {
      throw new ForbiddenError('PASSWORD_CHANGE_REQUIRED', {
        vi: 'Bạn đang dùng mật khẩu tạm thời: hãy đổi mật khẩu trước khi tiếp tục.',
        en: 'You signed in with a temporary password: change your password before going on.',
      });
    }
    if (user.mustEnrolSecondFactor && !exempt.secondFactorEnrolment) throw enrolmentRequired();
    if (READ_ONLY_ROLES.has(user.role) && !exempt.readOnlyRoles && isWrite(context)) {
      throw new ForbiddenError('READ_ONLY_ROLE', {
        vi: 'Vai trò thanh tra chỉ được xem, không được thay đổi dữ liệu.',
        en: 'The inspector role is read-only: it cannot change data.',
      });
    }
    // A stated purpose is checked before anything is read: a bad one refuses the request, nothing is logged.
    if (user.purpose === undefined) user.purpose = statedPurpose(request.headers?.[PURPOSE_HEADER]);
    return true;
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown): T {
    if (err instanceof AppError) throw err;
    // The session lookup could not reach the database: the token may be perfectly good, so this is
    // no reason to sign anyone out. The operation has not started, so even a mutation may be retried.
    if (err && isDatabaseUnavailable(err)) throw new ServiceUnavailableError(2, true);
    if (err || !user) {
      const name = info instanceof Error ? info.name : '';
      const message = info instanceof Error ? info.message : '';
      if (name === 'TokenExpiredError') throw tokenExpired();
      if (/no auth token/i.test(message)) throw notSignedIn();
      throw tokenInvalid();
    }
    return user;
  }
}

function isWrite(context: ExecutionContext): boolean {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getInfo().operation.operation === 'mutation';
  const method = context.switchToHttp().getRequest<{ method?: string }>().method ?? 'GET';
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}
