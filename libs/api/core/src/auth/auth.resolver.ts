import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Official } from '../org-model/models/official.model';
import { UserEntity } from '../org-model/user.entity';
import { AuthUser } from './auth-user';
import { AuthService, IssuedSession } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { CompleteSignInInput } from './second-factor/dto/second-factor.input';
import { RefreshSessionInput } from './dto/refresh-session.input';
import { LocalAuthGuard } from './local-auth.guard';
import { SignInThrottlerGuard } from './rate-limit/sign-in-throttler.guard';
import { AuthPayload } from './models/auth-payload.model';
import { Authenticated, Exempt, Public } from './permissions.decorator';
import { AppConfig } from '../config/app-config';
import { refreshTokenInvalid } from './auth.errors';
import { clearSessionCookies, cookiesOf, REFRESH_COOKIE } from './session-cookies';
import { deliverSession } from './session-delivery';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private deliver(session: IssuedSession, req: Request, res: Response | undefined): AuthPayload {
    return deliverSession(session, req, res, this.config);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard, LocalAuthGuard)
  @Mutation(() => AuthPayload, { description: 'Đăng nhập. Sai mật khẩu nhiều lần sẽ tạm khóa tài khoản; số lần gọi có giới hạn theo IP và theo tài khoản (HTTP 429).' })
  async login(@Args('input') _input: LoginInput, @Context('req') req: Request & { user: UserEntity }, @Context('res') res: Response | undefined): Promise<AuthPayload> {
    return this.deliver(await this.auth.signIn(req.user, { userAgent: req.headers['user-agent'] ?? null, ip: req.ip ?? null }), req, res);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayload, {
    description:
      'Second step of login for an account with xác thực hai lớp: the challengeToken of the SECOND_FACTOR_REQUIRED answer and a 6-digit code (or a recovery code). Wrong codes count as wrong passwords.',
  })
  async completeSignIn(@Args('input') input: CompleteSignInInput, @Context('req') req: Request, @Context('res') res: Response | undefined): Promise<AuthPayload> {
    return this.deliver(await this.auth.completeSignIn(input.challengeToken, input.code, { userAgent: req.headers['user-agent'] ?? null, ip: req.ip ?? null }), req, res);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayload, { description: "Exchanges a refresh token (the input's, or a browser's refresh cookie) for a new session token pair." })
  async refreshSession(@Args('input') input: RefreshSessionInput, @Context('req') req: Request, @Context('res') res: Response | undefined): Promise<AuthPayload> {
    const token = input.refreshToken ?? cookiesOf(req.headers)[REFRESH_COOKIE];
    if (!token) throw refreshTokenInvalid();
    return this.deliver(await this.auth.refresh(token), req, res);
  }

  @Authenticated()
  @Exempt({ passwordChange: true, readOnlyRoles: true, secondFactorEnrolment: true })
  @Mutation(() => Boolean, { description: "Ends this session; its tokens stop working at once and a browser's session cookies are cleared." })
  async logout(@CurrentUser() user: AuthUser, @Context('req') req: Request, @Context('res') res: Response | undefined): Promise<boolean> {
    await this.auth.logout(user);
    if (res) clearSessionCookies(req, res, this.config);
    return true;
  }

  @Authenticated()
  @Exempt({ passwordChange: true, readOnlyRoles: true, secondFactorEnrolment: true })
  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  async changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.auth.changePassword(user, input.currentPassword, input.newPassword);
    return true;
  }

  @Authenticated()
  @Exempt({ passwordChange: true, secondFactorEnrolment: true })
  @Query(() => Official, { description: 'Hồ sơ của tôi: the signed-in official.' })
  async me(@CurrentUser() user: AuthUser): Promise<Official> {
    return Official.from(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id }));
  }
}
