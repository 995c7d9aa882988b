import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../pilot/dto/pilot.inputs';

@InputType()
export class PublishCommitmentTextInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  title!: string;

  @Field({ description: 'The Vietnamese text officials commit to (results, deadlines, information security).' })
  @Transform(trim)
  @IsString()
  @MinLength(50)
  @MaxLength(20000)
  body!: string;

  @Field(() => String, { nullable: true, description: 'An English translation for the English UI; the Vietnamese text prevails.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  bodyEn?: string | null;
}
