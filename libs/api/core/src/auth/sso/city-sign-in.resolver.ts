import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SkipThrottle } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { Role } from '../../org-model/org.enums';
import { SignInSettings } from '../../settings/sign-in-settings';
import { AuthUser } from '../auth-user';
import { CurrentUser } from '../current-user.decorator';
import { AuthPayload } from '../models/auth-payload.model';
import { Allow, Public } from '../permissions.decorator';
import { SignInThrottlerGuard } from '../rate-limit/sign-in-throttler.guard';
import { deliverSession } from '../session-delivery';
import { ssoNotConfigured } from './city-sign-in.errors';
import { CitySignInStart, CompleteCitySignInInput, SetPasswordSignInInput, SignInOptions } from './city-sign-in.models';
import { CitySignInService } from './city-sign-in.service';

@Resolver()
export class CitySignInResolver {
  constructor(
    private readonly citySignIn: CitySignInService,
    private readonly settings: SignInSettings,
    private readonly config: AppConfig,
  ) {}

  private async options(): Promise<SignInOptions> {
    return { citySignIn: this.citySignIn.configured, passwordSignIn: await this.settings.passwordSignInOpen() };
  }

  @Public()
  @Query(() => SignInOptions, { description: 'What the sign-in page offers (no account needed).' })
  signInOptions(): Promise<SignInOptions> {
    return this.options();
  }

  @Public()
  // Per IP only: no account is named yet, and one bucket shared by the whole city would shut it out.
  @SkipThrottle({ account: true })
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => CitySignInStart, { description: 'Đăng nhập bằng tài khoản của Thành phố: starts the OpenID Connect flow (PKCE, state, nonce).' })
  startCitySignIn(): Promise<CitySignInStart> {
    return this.citySignIn.start();
  }

  @Public()
  @SkipThrottle({ account: true })
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayload, {
    description: 'Finishes the sign-in with the city account; the same session as a password sign-in. A person without a Ketqua account is refused (SSO_ACCOUNT_UNKNOWN).',
  })
  async completeCitySignIn(@Args('input') input: CompleteCitySignInInput, @Context('req') req: Request, @Context('res') res: Response | undefined): Promise<AuthPayload> {
    const session = await this.citySignIn.complete(input.callbackUrl, input.binding, { userAgent: req.headers['user-agent'] ?? null, ip: req.ip ?? null });
    return deliverSession(session, req, res, this.config);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => SignInOptions, {
    description: 'Turns password sign-in off (city account only; ADMIN accounts keep it) or back on. Needs single sign-on configured to turn it off.',
  })
  async setPasswordSignIn(@CurrentUser() user: AuthUser, @Args('input') input: SetPasswordSignInInput): Promise<SignInOptions> {
    if (!input.enabled && !this.citySignIn.configured) throw ssoNotConfigured();
    await this.settings.setPasswordSignIn(user.id, input.enabled);
    return this.options();
  }
}
