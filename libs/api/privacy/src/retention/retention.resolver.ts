import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { UpdateRetentionSettingsInput } from './dto/update-retention-settings.input';
import { RetentionSettings } from './models/retention-settings.model';
import { RetentionService } from './retention.service';

@Resolver(() => RetentionSettings)
export class RetentionResolver {
  constructor(private readonly service: RetentionService) {}

  @Allow(Role.ADMIN, Role.HR, Role.INSPECTOR)
  @Query(() => RetentionSettings, { description: 'Thời hạn lưu trữ: days after a pilot ends before work-log notes, spot-check notes and files go.' })
  async retentionSettings(): Promise<RetentionSettings> {
    return RetentionSettings.from(await this.service.get());
  }

  @Allow(Role.ADMIN)
  @Mutation(() => RetentionSettings, {
    description: 'The administrator sets the retention periods (a system setting); omitted fields stay; CONFLICT on a stale version; audited.',
  })
  async updateRetentionSettings(@CurrentUser() user: AuthUser, @Args('input') input: UpdateRetentionSettingsInput): Promise<RetentionSettings> {
    return RetentionSettings.from(await this.service.update(user, input));
  }
}
