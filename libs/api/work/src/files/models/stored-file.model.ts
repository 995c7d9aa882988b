import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { StoredFileEntity } from '../stored-file.entity';

@ObjectType({ description: 'An uploaded file: download it from `url` with your access token (same scope as what it belongs to).' })
export class StoredFile {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Detected from the content.' }) mediaType!: string;
  @Field(() => Float, { description: 'Bytes.' }) size!: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) sha256!: string;
  @Field({ description: 'GET this path with the Authorization header.' }) url!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: StoredFileEntity): StoredFile {
    return Object.assign(new StoredFile(), {
      id: e.id,
      name: e.originalName,
      mediaType: e.mediaType,
      size: e.size,
      sha256: e.sha256,
      url: `/files/${e.id}`,
      createdAt: e.createdAt,
    });
  }
}
