import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { ConfirmIncomingDocumentInput, DismissIncomingDocumentInput, IncomingDocumentsFilter } from './dto/incoming-document.inputs';
import { IncomingDocumentService } from './incoming-document.service';
import { IncomingDocument, IncomingDocumentPull, IncomingDocumentStatusKind } from './models/incoming-document.model';

@Resolver(() => IncomingDocument)
export class IncomingDocumentResolver {
  constructor(private readonly service: IncomingDocumentService) {}

  @Allow(Role.UNIT_HEAD, Role.HR, Role.INSPECTOR, Role.ADMIN)
  @Query(() => [IncomingDocument], { description: 'Văn bản đến from the document system for the units in your scope (default: the drafts to confirm), newest first, at most 200.' })
  async incomingDocuments(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => IncomingDocumentsFilter, nullable: true }) filter?: IncomingDocumentsFilter,
  ): Promise<IncomingDocument[]> {
    return (await this.service.list(user, filter?.status ?? IncomingDocumentStatusKind.DRAFT)).map((d) => IncomingDocument.from(d));
  }

  @Allow(Role.UNIT_HEAD, Role.HR, Role.ADMIN)
  @Mutation(() => IncomingDocumentPull, {
    description:
      'Pull the incoming documents of the units in your scope from the document system now (a unit head: the units they head and those below; HR: their agency, or the city with city-wide scope; ADMIN: all): each new one becomes a draft for its unit, and the answer counts only those; documents of other units are left for their own deciders or the scheduled pull, which takes everything. A document already pulled is never duplicated; the system down answers SERVICE_UNAVAILABLE and changes nothing. Audited work.incoming.pulled.',
  })
  pullIncomingDocuments(@CurrentUser() user: AuthUser): Promise<IncomingDocumentPull> {
    return this.service.pull(user);
  }

  @Allow(Role.UNIT_HEAD, Role.HR)
  @Mutation(() => IncomingDocument, { description: 'Confirm a draft into assignments (one per official) keeping its số/ký hiệu; audited work.incoming.confirmed.' })
  async confirmIncomingDocument(@CurrentUser() user: AuthUser, @Args('input') input: ConfirmIncomingDocumentInput): Promise<IncomingDocument> {
    return IncomingDocument.from(await this.service.confirm(user, input));
  }

  @Allow(Role.UNIT_HEAD, Role.HR)
  @Mutation(() => IncomingDocument, { description: 'Dismiss a draft (not work for this unit); audited work.incoming.dismissed.' })
  async dismissIncomingDocument(@CurrentUser() user: AuthUser, @Args('input') input: DismissIncomingDocumentInput): Promise<IncomingDocument> {
    return IncomingDocument.from(await this.service.dismiss(user, input));
  }
}
