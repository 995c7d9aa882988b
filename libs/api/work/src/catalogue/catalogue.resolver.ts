import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, Connection, CurrentUser, Role } from '@ketqua/api/core';
import { CatalogueService } from './catalogue.service';
import { CatalogueArgs, CreateCatalogueItemInput, UpdateCatalogueItemInput } from './dto/catalogue.inputs';
import { CatalogueItem } from './models/catalogue-item.model';

export const CatalogueItemConnection = Connection(CatalogueItem);

@Resolver(() => CatalogueItem)
export class CatalogueResolver {
  constructor(private readonly service: CatalogueService) {}

  @Authenticated()
  @Query(() => CatalogueItemConnection, { description: "A unit's work catalogue (danh mục sản phẩm), by code; filter.unitId is required." })
  workCatalogue(@CurrentUser() user: AuthUser, @Args() args: CatalogueArgs) {
    return this.service.list(user, args.filter, args);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN)
  @Mutation(() => CatalogueItem, { description: 'Adds an item type to a unit in your scope; audited.' })
  createCatalogueItem(@CurrentUser() user: AuthUser, @Args('input') input: CreateCatalogueItemInput) {
    return this.service.create(user, input);
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN)
  @Mutation(() => CatalogueItem, { description: 'Edits or retires an item (optimistic locking by version); audited. Existing assignments keep their coefficient.' })
  updateCatalogueItem(@CurrentUser() user: AuthUser, @Args('input') input: UpdateCatalogueItemInput) {
    return this.service.update(user, input);
  }
}
