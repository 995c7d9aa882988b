import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { AgencyEntity } from '../agency.entity';
import { AgencyKind } from '../org.enums';

@ObjectType({ description: "Cơ quan: a city department or a ward/commune people's committee." })
export class Agency {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => AgencyKind) kind!: AgencyKind;
  @Field(() => LocalDateScalar) validFrom!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the agency exists; null while it exists.' }) validTo!: string | null;
  @Field(() => Int) version!: number;

  static from(e: AgencyEntity): Agency {
    return Object.assign(new Agency(), { id: e.id, code: e.code, name: e.name, kind: e.kind, validFrom: e.validFrom, validTo: e.validTo, version: e.version });
  }
}
