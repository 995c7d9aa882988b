import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { ImportOfficialsResult } from '../official/models/official-payloads.model';
import { ImportOfficialsInput } from './import-officials.input';
import { OfficialImportService } from './official-import.service';

@Resolver()
export class OfficialImportResolver {
  constructor(private readonly importer: OfficialImportService) {}

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => ImportOfficialsResult, {
    description: 'Nhập danh sách công chức từ CSV. All or nothing: BAD_USER_INPUT lists every bad line and nothing is written.',
  })
  importOfficials(@CurrentUser() user: AuthUser, @Args('input') input: ImportOfficialsInput) {
    return this.importer.import(user, input.agencyId, input.csv);
  }
}
