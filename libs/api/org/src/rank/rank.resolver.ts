import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  AccessService,
  Allow,
  AuditService,
  Authenticated,
  AuthUser,
  Connection,
  CurrentUser,
  isUniqueViolation,
  keysetPage,
  PageArgs,
  Rank,
  RankEntity,
  Role,
  StaffCategory,
} from '@ketqua/api/core';
import { duplicateCode } from '../org.errors';

@InputType()
export class CreateRankInput {
  @Field({ description: 'National code, e.g. 01.003 (chuyên viên) or V.07.01.03.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9.]{2,20}$/, { message: 'code must be 2–20 letters, digits or dots' })
  code!: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @Field(() => StaffCategory)
  @IsEnum(StaffCategory)
  staffCategory!: StaffCategory;
}

export const RankConnection = Connection(Rank);

/** Ranks are a national catalogue shared by every agency. */
@Resolver(() => Rank)
export class RankResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  @Authenticated()
  @Query(() => RankConnection)
  ranks(@Args() page: PageArgs) {
    const qb = this.dataSource.getRepository(RankEntity).createQueryBuilder('r');
    return keysetPage(qb, page, { columns: ['r.code', 'r.id'], values: (r) => [r.code, r.id] }, Rank.from);
  }

  @Allow(Role.ADMIN, Role.HR)
  @Mutation(() => Rank)
  createRank(@CurrentUser() user: AuthUser, @Args('input') input: CreateRankInput): Promise<Rank> {
    // The catalogue is the whole city's: an agency's HR adding a rank would add it for every agency.
    this.access.assertCityWide(user, { vi: 'thêm ngạch vào danh mục chung', en: 'add a rank to the shared catalogue' });
    return this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(RankEntity, { code: input.code })) throw duplicateCode('rank', input.code);
      // Two creations of one code at once both pass the check above: the unique index decides (found by the fuzzer).
      const saved = await tx.save(tx.create(RankEntity, input)).catch((e: unknown) => {
        throw isUniqueViolation(e) ? duplicateCode('rank', input.code) : e;
      });
      await this.audit.record(tx, { actorId: user.id, action: 'org.rank.created', entityType: 'rank', entityId: saved.id, data: input });
      return Rank.from(saved);
    });
  }
}
