import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { CitizenServiceComparisonService } from './citizen-service-comparison.service';
import { CitizenServiceImportService } from './citizen-service-import.service';
import { CitizenServiceComparison, CitizenServiceComparisonInput, ImportCitizenServiceInput, ImportCitizenServiceResult } from './models/citizen-service.model';

@Resolver()
export class CitizenServiceResolver {
  constructor(
    private readonly importer: CitizenServiceImportService,
    private readonly comparison: CitizenServiceComparisonService,
  ) {}

  @Allow(Role.HR)
  @Mutation(() => ImportCitizenServiceResult, {
    description:
      'Nhập số liệu dịch vụ công trực tuyến (CSV of the administrative-procedure system), per official and month. ' +
      'All or nothing: BAD_USER_INPUT lists every bad line by number (officials outside your agency included) and nothing is written.',
  })
  importCitizenService(@CurrentUser() user: AuthUser, @Args('input') input: ImportCitizenServiceInput): Promise<ImportCitizenServiceResult> {
    return this.importer.import(user, input.csv);
  }

  @Allow(Role.HR)
  @Query(() => CitizenServiceComparison, {
    description: 'The pilot cohorts’ citizen-service figures, pilot period vs baseline (officials of your scope only).',
  })
  citizenServiceComparison(@CurrentUser() user: AuthUser, @Args('input') input: CitizenServiceComparisonInput): Promise<CitizenServiceComparison> {
    return this.comparison.compare(user, input);
  }
}
