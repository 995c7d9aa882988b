import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, AuthUser, Connection, CurrentUser, IdArg, PageArgs } from '@ketqua/api/core';
import { IsUUID } from 'class-validator';
import { AccountSessionService } from './account-session.service';
import { AccountSession } from './models/account-session.model';

@ArgsType()
class SessionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  officialId!: string;
}

export const AccountSessionConnection = Connection(AccountSession);

/**
 * Open only to any signed-in user because everyone manages their own sessions; another account's
 * need the right to manage that account (ADMIN anywhere, HR for roles it may grant in its agency).
 */
@Resolver(() => AccountSession)
export class AccountSessionResolver {
  constructor(private readonly service: AccountSessionService) {}

  @Authenticated()
  @Query(() => AccountSessionConnection, { description: 'Open sessions of an account, newest first: your own, or one you may manage.' })
  sessions(@CurrentUser() user: AuthUser, @Args() args: SessionsArgs) {
    return this.service.list(user, args.officialId, args);
  }

  @Authenticated()
  @Mutation(() => AccountSession, { description: 'Ends one session (its tokens stop working at once); audited.' })
  endSession(@CurrentUser() user: AuthUser, @IdArg() id: string) {
    return this.service.end(user, id);
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Ends every open session of the account (of your own: all but this one); the number ended. Audited.' })
  endAllSessions(@CurrentUser() user: AuthUser, @IdArg('officialId') officialId: string) {
    return this.service.endAll(user, officialId);
  }
}
