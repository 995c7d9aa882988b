import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CatalogueItemEntity } from '../catalogue-item.entity';

@ObjectType({ description: 'Danh mục sản phẩm: an item type of a unit, with its unit of measure and conversion coefficient (hệ số quy đổi).' })
export class CatalogueItem {
  @Field(() => ID) id!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: for every position of the unit.' }) positionId!: string | null;
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: 'Đơn vị tính.' }) unitOfMeasure!: string;
  @Field(() => Float, { description: 'Hệ số quy đổi: converted units per item.' }) coefficient!: number;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;

  static from(e: CatalogueItemEntity): CatalogueItem {
    return Object.assign(new CatalogueItem(), {
      id: e.id,
      unitId: e.unitId,
      positionId: e.positionId,
      code: e.code,
      name: e.name,
      unitOfMeasure: e.unitOfMeasure,
      coefficient: e.coefficient,
      active: e.active,
      version: e.version,
    });
  }
}
