import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '../user.entity';

/**
 * Someone a record names (assignee, reviewer, unit head, ...): the public projection of an
 * official, the same for every caller who may see the record. Role, account state and sign-ins
 * are only on `Official`, which only scope-checked fields return (docs/SECURITY.md).
 */
@ObjectType({ description: 'An official named on a record: name and position; e-mail only when they are in your scope.' })
export class OfficialSummary {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
  @Field(() => ID, { nullable: true }) positionId!: string | null;
  /** Not in the schema: what the scope check of `email` needs. */
  unitId!: string;

  static from(e: UserEntity): OfficialSummary {
    return Object.assign(new OfficialSummary(), { id: e.id, fullName: e.fullName, positionId: e.positionId, unitId: e.unitId });
  }
}
