import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth-user';
import { CurrentUser } from '../current-user.decorator';
import { Authenticated, Exempt } from '../permissions.decorator';
import { DisableSecondFactorInput, RenewRecoveryCodesInput, SecondFactorCodeInput } from './dto/second-factor.input';
import { RecoveryCodes, SecondFactorStatus, TotpEnrolment } from './models/second-factor.model';
import { SecondFactorService } from './second-factor.service';

/**
 * "Bảo mật tài khoản": one's own authenticator. Every role may enrol (the inspector too: it changes
 * only its own sign-in), and HR/ADMIN sessions without one may do nothing else. An administrator's
 * reset of someone else's lives with the other account actions (resetOfficialSecondFactor).
 */
@Resolver()
export class SecondFactorResolver {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Authenticated()
  @Exempt({ secondFactorEnrolment: true })
  @Query(() => SecondFactorStatus, { description: 'Xác thực hai lớp of the signed-in account: enrolled, required by the role, recovery codes left.' })
  mySecondFactor(@CurrentUser() user: AuthUser): Promise<SecondFactorStatus> {
    return this.secondFactor.status(user);
  }

  @Authenticated()
  @Exempt({ secondFactorEnrolment: true, readOnlyRoles: true })
  @Mutation(() => TotpEnrolment, { description: 'Starts enrolling an authenticator app: a new secret, its otpauth URL and QR code. Nothing is on until confirmTotpEnrolment.' })
  beginTotpEnrolment(@CurrentUser() user: AuthUser): Promise<TotpEnrolment> {
    return this.secondFactor.beginEnrolment(user);
  }

  @Authenticated()
  @Exempt({ secondFactorEnrolment: true, readOnlyRoles: true })
  @Mutation(() => RecoveryCodes, { description: 'Confirms the enrolment with the first code: two-factor sign-in is on; returns 10 recovery codes, shown only this once. Audited.' })
  confirmTotpEnrolment(@CurrentUser() user: AuthUser, @Args('input') input: SecondFactorCodeInput): Promise<RecoveryCodes> {
    return this.secondFactor.confirmEnrolment(user, input.code);
  }

  @Authenticated()
  @Exempt({ readOnlyRoles: true })
  @Mutation(() => Boolean, { description: 'Turns two-factor sign-in off (password and a current code needed). Refused for HR and ADMIN, whose role requires it. Audited.' })
  async disableSecondFactor(@CurrentUser() user: AuthUser, @Args('input') input: DisableSecondFactorInput): Promise<boolean> {
    await this.secondFactor.disable(user, input.currentPassword, input.code);
    return true;
  }

  @Authenticated()
  @Exempt({ readOnlyRoles: true })
  @Mutation(() => RecoveryCodes, {
    description:
      'Replaces the recovery codes with 10 new ones (password and a current authenticator code needed): the old ones, used or not, stop working at once; the new ones are shown only this once. Audited.',
  })
  renewRecoveryCodes(@CurrentUser() user: AuthUser, @Args('input') input: RenewRecoveryCodesInput): Promise<RecoveryCodes> {
    return this.secondFactor.renewRecoveryCodes(user, input.currentPassword, input.code);
  }
}
