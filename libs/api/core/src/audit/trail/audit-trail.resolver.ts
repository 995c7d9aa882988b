import { Args, Context, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Allow } from '../../auth/permissions.decorator';
import { Connection } from '../../graphql/connection';
import { GraphQLContext } from '../../loaders/loaders';
import { OfficialSummary } from '../../org-model/models/official-summary.model';
import { Role } from '../../org-model/org.enums';
import { UserEntity } from '../../org-model/user.entity';
import { AuditChainStatus, AuditEvent } from './audit-trail.model';
import { AuditEventsArgs } from './audit-trail.inputs';
import { AuditTrailService } from './audit-trail.service';

export const AuditEventConnection = Connection(AuditEvent);

@Resolver(() => AuditEvent)
export class AuditTrailResolver {
  constructor(private readonly service: AuditTrailService) {}

  @Allow(Role.ADMIN, Role.INSPECTOR, Role.HR)
  @Query(() => AuditEventConnection, { description: 'Audit events, newest first, by entity, person and day; city scope only (FORBIDDEN otherwise).' })
  auditEvents(@CurrentUser() user: AuthUser, @Args() args: AuditEventsArgs) {
    return this.service.events(user, args.filter, args);
  }

  @Allow(Role.ADMIN, Role.INSPECTOR, Role.HR)
  @Query(() => AuditChainStatus, { description: 'Recomputes the whole chain now: OK or the first broken event, and the head hash.' })
  auditChainStatus(@CurrentUser() user: AuthUser) {
    return this.service.status(user);
  }

  // A named person, like every nested person field: the summary (name, position; the e-mail where
  // official(id) would answer), never the account record. Only city-scope readers get here.
  @ResolveField(() => OfficialSummary, { nullable: true })
  async actor(@Parent() event: AuditEvent, @Context() ctx: GraphQLContext): Promise<OfficialSummary | null> {
    if (!event.actorId) return null;
    const user = (await ctx.loaders.byId(UserEntity).load(event.actorId)) as UserEntity | undefined;
    return user ? OfficialSummary.from(user) : null;
  }
}
