import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, Connection, CurrentUser, IdArg, LocalDateScalar, Role } from '@ketqua/api/core';
import { CriteriaTemplateService } from './criteria-template.service';
import {
  CreateCriteriaTemplateInput,
  CriteriaTemplatesArgs,
  PublishCriteriaTemplateInput,
  SetPartyMemberExcellentShareInput,
  UpdateCriteriaTemplateInput,
} from './dto/criteria-template.inputs';
import { CriteriaTemplate, PartyMemberExcellentShareModel } from './models/criteria-template.model';
import { PublishedCriteria } from './models/published-criteria.model';

export const CriteriaTemplateConnection = Connection(CriteriaTemplate);

@Resolver(() => CriteriaTemplate)
export class CriteriaTemplateResolver {
  constructor(private readonly service: CriteriaTemplateService) {}

  @Allow(Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => CriteriaTemplateConnection, { description: 'Every version of the city’s criteria templates (drafts and published), newest first.' })
  criteriaTemplates(@Args() args: CriteriaTemplatesArgs) {
    return this.service.list(args.filter, args);
  }

  @Allow(Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => CriteriaTemplate, { description: 'One version of a criteria template.' })
  criteriaTemplate(@IdArg() id: string) {
    return this.service.get(id);
  }

  @Authenticated()
  @Query(() => [PublishedCriteria], {
    description: 'Tiêu chí đánh giá: the criteria in force on `date` (default today) per regime and position group, in plain words — public to every signed-in user.',
  })
  publishedCriteria(@Args('date', { type: () => LocalDateScalar, nullable: true }) date?: string) {
    return this.service.published(date ?? undefined);
  }

  @Allow(Role.HR, Role.ADMIN, Role.INSPECTOR)
  @Query(() => [PartyMemberExcellentShareModel], { description: 'The Party-member excellent shares entered for a year, for the agencies in your scope.' })
  partyMemberExcellentShares(@CurrentUser() user: AuthUser, @Args('year', { type: () => Int }) year: number) {
    return this.service.partyShares(user, year);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => CriteriaTemplate, { description: 'Starts a draft (a new template, or the next version of a code); city-wide HR or ADMIN; audited.' })
  createCriteriaTemplate(@CurrentUser() user: AuthUser, @Args('input') input: CreateCriteriaTemplateInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => CriteriaTemplate, { description: 'Edits a draft (omitted fields unchanged, optimistic version); a published version is CONFLICT; audited.' })
  updateCriteriaTemplate(@CurrentUser() user: AuthUser, @Args('input') input: UpdateCriteriaTemplateInput) {
    return this.service.update(user, input);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => CriteriaTemplate, {
    description: 'Publishes a draft: immutable from now, stored as rule set tpl-<code>-v<n>, used from effectiveFrom (today or later); audited.',
  })
  publishCriteriaTemplate(@CurrentUser() user: AuthUser, @Args('input') input: PublishCriteriaTemplateInput) {
    return this.service.publish(user, input);
  }

  @Allow(Role.HR, Role.ADMIN)
  @Mutation(() => PartyMemberExcellentShareModel, {
    description: 'Enters the year’s share of an agency’s Party members graded excellent (Decree 48/2023), which caps its viên chức; audited.',
  })
  setPartyMemberExcellentShare(@CurrentUser() user: AuthUser, @Args('input') input: SetPartyMemberExcellentShareInput) {
    return this.service.setPartyShare(user, input);
  }
}
