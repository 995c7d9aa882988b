import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { SessionEntity } from '@ketqua/api/core';

@ObjectType({ description: 'One signed-in device of an account (phiên đăng nhập). Tokens are never exposed.' })
export class AccountSession {
  @Field(() => ID) id!: string;
  @Field(() => ID) officialId!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the account signed in on this device.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'Last sign-in or token refresh (the dashboard refreshes while it is in use).' })
  lastUsedAt!: Date;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => String, { nullable: true }) ipAddress!: string | null;
  @Field({ description: 'The session this request comes from.' }) current!: boolean;

  static from(e: SessionEntity, currentSessionId: string): AccountSession {
    return Object.assign(new AccountSession(), {
      id: e.id,
      officialId: e.userId,
      createdAt: e.createdAt,
      lastUsedAt: e.lastRefreshedAt ?? e.createdAt,
      expiresAt: e.expiresAt,
      userAgent: e.userAgent,
      ipAddress: e.ipAddress,
      current: e.id === currentSessionId,
    });
  }
}
