import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, AuthUser, Connection, CurrentUser, GraphQLContext, OfficialSummary, UserEntity } from '@ketqua/api/core';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { Assignment } from '../assignment/models/assignment.model';
import { LogWorkInput, WorkLogsArgs } from './dto/work-log.inputs';
import { WorkLog } from './models/work-log.model';
import { WorkLogService } from './work-log.service';

export const WorkLogConnection = Connection(WorkLog);

@Resolver(() => WorkLog)
export class WorkLogResolver {
  constructor(private readonly service: WorkLogService) {}

  @Authenticated()
  @Mutation(() => WorkLog, { description: 'Ghi nhật ký: your own work on a day, optionally against one of your assignments; audited.' })
  logWork(@CurrentUser() user: AuthUser, @Args('input') input: LogWorkInput) {
    return this.service.log(user, input);
  }

  @Authenticated()
  @Query(() => WorkLogConnection, { description: 'Your logs, or those of officials in your scope; newest day first.' })
  workLogs(@CurrentUser() user: AuthUser, @Args() args: WorkLogsArgs) {
    return this.service.list(user, args.filter, args);
  }

  @ResolveField(() => OfficialSummary)
  async official(@Parent() w: WorkLog, @Context() ctx: GraphQLContext): Promise<OfficialSummary> {
    return OfficialSummary.from((await ctx.loaders.byId(UserEntity).load(w.officialId)) as UserEntity);
  }

  @ResolveField(() => Assignment, { nullable: true })
  async assignment(@Parent() w: WorkLog, @Context() ctx: GraphQLContext): Promise<Assignment | null> {
    if (!w.assignmentId) return null;
    const a = await ctx.loaders.byId(AssignmentEntity).load(w.assignmentId);
    return a ? Assignment.from(a) : null;
  }
}
