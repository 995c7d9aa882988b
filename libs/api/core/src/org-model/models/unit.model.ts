import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitEntity } from '../unit.entity';

@ObjectType({ description: 'Đơn vị / phòng: a division of an agency; units form a tree.' })
export class Unit {
  @Field(() => ID) id!: string;
  @Field(() => ID) agencyId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) headId!: string | null;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;

  static from(e: UnitEntity): Unit {
    return Object.assign(new Unit(), {
      id: e.id,
      agencyId: e.agencyId,
      parentId: e.parentId,
      code: e.code,
      name: e.name,
      headId: e.headId,
      active: e.active,
      version: e.version,
    });
  }
}
