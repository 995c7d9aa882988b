import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PositionEntity } from '../position.entity';

@ObjectType({ description: 'Vị trí việc làm: a job position with the flags that decide home-work eligibility.' })
export class Position {
  @Field(() => ID) id!: string;
  @Field(() => ID) agencyId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: 'Handles administrative procedures (thủ tục hành chính).' }) handlesAdministrativeProcedures!: boolean;
  @Field({ description: 'Receives citizens (tiếp công dân).' }) receivesCitizens!: boolean;
  @Field({ description: 'Issues decisions (ban hành quyết định).' }) issuesDecisions!: boolean;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;

  static from(e: PositionEntity): Position {
    return Object.assign(new Position(), {
      id: e.id,
      agencyId: e.agencyId,
      code: e.code,
      name: e.name,
      handlesAdministrativeProcedures: e.handlesAdministrativeProcedures,
      receivesCitizens: e.receivesCitizens,
      issuesDecisions: e.issuesDecisions,
      active: e.active,
      version: e.version,
    });
  }
}
