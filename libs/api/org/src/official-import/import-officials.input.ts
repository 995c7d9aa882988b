import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export const MAX_IMPORT_CHARS = 5_000_000;

@InputType()
export class ImportOfficialsInput {
  @Field(() => ID, { description: 'The agency whose unit, position codes the file uses.' })
  @IsUUID()
  agencyId!: string;

  @Field({
    description:
      'UTF-8 CSV with a header row: email, full_name, staff_category, unit_code, position_code, rank_code, role, is_leader. ' +
      'All or nothing: one bad line and nothing is imported.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_IMPORT_CHARS)
  csv!: string;
}
