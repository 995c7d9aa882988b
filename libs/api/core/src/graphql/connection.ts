import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 200;

/** Relay forward pagination; every list is bounded (ENGINEERING.md: no unbounded list). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page size, 1–${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

/**
 * Page arguments plus a typed `filter`, as one args class: Nest hands every argument to a bare
 * @Args() class, so the filter must live on it for the whitelist to accept it.
 */
export function ListArgs<F>(filterType: Type<F>): Type<PageArgs & { filter?: F }> {
  @ArgsType()
  class ListArgsType extends PageArgs {
    @Field(() => filterType, { nullable: true })
    @IsOptional()
    @ValidateNested()
    @TransformType(() => filterType)
    filter?: F;
  }
  return ListArgsType;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * keysetPage makes this a getter that starts the COUNT when GraphQL reads the field, i.e. only
   * when the client selects `totalCount`: a count over every page is the most expensive part of a
   * big list, and many requests (the bell, "load more") do not show it. Use mapEdges to change the
   * nodes without reading it (a spread would).
   */
  readonly totalCount: number | Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Matches of the filter, over all pages.' }) totalCount!: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}
