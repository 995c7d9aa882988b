import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RankEntity } from '../rank.entity';
import { StaffCategory } from '../org.enums';

@ObjectType({ description: 'Ngạch / hạng chức danh nghề nghiệp.' })
export class Rank {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => StaffCategory) staffCategory!: StaffCategory;

  static from(e: RankEntity): Rank {
    return Object.assign(new Rank(), { id: e.id, code: e.code, name: e.name, staffCategory: e.staffCategory });
  }
}
