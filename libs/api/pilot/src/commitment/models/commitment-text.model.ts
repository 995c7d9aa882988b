import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommitmentTextEntity } from '../commitment-text.entity';

@ObjectType({ description: 'Văn bản cam kết: one published version of the commitment officials accept to enrol.' })
export class CommitmentText {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field({ description: 'Vietnamese; the text that binds.' }) body!: string;
  @Field(() => String, { nullable: true }) bodyEn!: string | null;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;

  static from(e: CommitmentTextEntity): CommitmentText {
    return Object.assign(new CommitmentText(), { id: e.id, version: e.version, title: e.title, body: e.body, bodyEn: e.bodyEn, publishedAt: e.publishedAt });
  }
}
