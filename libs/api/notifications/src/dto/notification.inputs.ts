import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ListArgs } from '@ketqua/api/core';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class NotificationFilter {
  @Field({ nullable: true, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@ArgsType()
export class NotificationsArgs extends ListArgs(NotificationFilter) {}

@InputType({ description: 'Either the ids to mark as read, or all: true for every unread one.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
