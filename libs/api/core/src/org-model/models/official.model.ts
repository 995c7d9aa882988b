import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '../user.entity';
import { Role, StaffCategory } from '../org.enums';

@ObjectType({ description: 'A công chức / viên chức and their account. Credentials are never exposed.' })
export class Official {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true, description: 'Mã cán bộ: the city’s employee code, matched by the city sign-in when OIDC_MATCH_CLAIM is not email.' })
  employeeCode!: string | null;
  @Field(() => StaffCategory) staffCategory!: StaffCategory;
  @Field(() => Role) role!: Role;
  @Field({ description: 'Head or deputy (lãnh đạo).' }) isLeader!: boolean;
  @Field({ description: 'HR/inspector sees every agency.' }) cityScope!: boolean;
  @Field() active!: boolean;
  @Field(() => ID) unitId!: string;
  @Field(() => ID, { nullable: true }) positionId!: string | null;
  @Field(() => ID, { nullable: true }) rankId!: string | null;
  @Field({ description: 'False until a password is issued (e.g. after a CSV import).' }) hasPassword!: boolean;
  @Field() mustChangePassword!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastLoginAt!: Date | null;
  /** How the real reason of a refused sign-in reaches people: sign-in itself answers every refusal alike. */
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Sign-in refused until then after repeated wrong passwords; past or null: not locked. Issuing a temporary password lifts it.',
  })
  lockedUntil!: Date | null;
  @Field(() => Int) version!: number;

  static from(e: UserEntity): Official {
    return Object.assign(new Official(), {
      id: e.id,
      email: e.email,
      fullName: e.fullName,
      employeeCode: e.employeeCode,
      staffCategory: e.staffCategory,
      role: e.role,
      isLeader: e.isLeader,
      cityScope: e.cityScope,
      active: e.active,
      unitId: e.unitId,
      positionId: e.positionId,
      rankId: e.rankId,
      hasPassword: !!e.passwordHash,
      mustChangePassword: e.mustChangePassword,
      lastLoginAt: e.lastLoginAt,
      lockedUntil: e.lockedUntil,
      version: e.version,
    });
  }
}
