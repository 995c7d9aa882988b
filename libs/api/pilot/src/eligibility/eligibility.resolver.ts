import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { DataSource } from 'typeorm';
import { Pilot } from '../pilot/models/pilot.model';
import { PilotEntity } from '../pilot/pilot.entity';
import { SetPositionEligibilityInput } from './dto/set-position-eligibility.input';
import { EligibilityService } from './eligibility.service';
import { PilotPosition } from './models/pilot-position.model';

@Resolver(() => Pilot)
export class EligibilityResolver {
  constructor(
    private readonly service: EligibilityService,
    private readonly dataSource: DataSource,
  ) {}

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => PilotPosition, { description: 'Grant or withdraw HR’s exception for a position, with a written reason; audited.' })
  setPositionEligibility(@CurrentUser() user: AuthUser, @Args('input') input: SetPositionEligibilityInput) {
    return this.service.setPositionEligibility(user, input);
  }

  @ResolveField(() => [PilotPosition], { description: 'Every position held in the participating units, with its eligibility and the reason.' })
  async positions(@Parent() pilot: Pilot): Promise<PilotPosition[]> {
    const entity = await this.dataSource.getRepository(PilotEntity).findOneByOrFail({ id: pilot.id });
    return this.service.positionsOf(entity, pilot.unitIds);
  }
}
