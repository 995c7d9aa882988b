import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Allow, AuthUser, CurrentUser, Role } from '@ketqua/api/core';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { AssignmentImportService } from './assignment-import.service';

@InputType()
export class ImportAssignmentsInput {
  @Field({
    description:
      'UTF-8 CSV with a header row: document_number (số/ký hiệu), title (trích yếu), assignee_email, catalogue_code, quantity, ' +
      'deadline (dd/MM/yyyy [HH:mm], 17:00 when no time), description. All or nothing.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(2_000_000)
  csv!: string;
}

@ObjectType()
export class ImportAssignmentsResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) linesRead!: number;
  @Field(() => [ID]) assignmentIds!: string[];
}

@Resolver()
export class AssignmentImportResolver {
  constructor(private readonly importer: AssignmentImportService) {}

  @Allow(Role.UNIT_HEAD)
  @Mutation(() => ImportAssignmentsResult, {
    description: 'Nhập nhiệm vụ từ CSV (export of the document system). BAD_USER_INPUT lists every bad line by number and nothing is written.',
  })
  importAssignments(@CurrentUser() user: AuthUser, @Args('input') input: ImportAssignmentsInput) {
    return this.importer.import(user, input.csv);
  }
}
